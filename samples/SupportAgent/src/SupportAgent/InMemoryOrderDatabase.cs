using System.Collections.Concurrent;

namespace SupportAgent;

/// <summary>An order database in memory, seeded with a few orders.</summary>
public sealed class InMemoryOrderDatabase : IOrderDatabase
{
    private readonly ConcurrentDictionary<int, Order> _orders = new()
    {
        [42] = new Order(42, "delivered", 59.90m),
        [43] = new Order(43, "delivered", 12.50m),
        [44] = new Order(44, "processing", 230.00m),
        [45] = new Order(45, "shipped", 18.00m),
        [46] = new Order(46, "delivered", 74.00m),
        [47] = new Order(47, "delivered", 31.20m),
        [48] = new Order(48, "delivered", 8.40m),
    };

    /// <inheritdoc />
    public Order? Find(int orderId) => _orders.GetValueOrDefault(orderId);

    /// <inheritdoc />
    public bool Refund(int orderId)
    {
        while (_orders.TryGetValue(orderId, out var order))
        {
            if (order.Status == "refunded")
                return false;
            if (_orders.TryUpdate(orderId, order with { Status = "refunded" }, order))
                return true;
        }

        return false;
    }
}
