namespace SupportAgent.Benchmarks;

/// <summary>The sample's orders, where a refund never changes the order, so that every iteration meets the same shop.</summary>
public sealed class RefundableOrders : IOrderDatabase
{
    private readonly InMemoryOrderDatabase _orders = new();

    public Order? Find(int orderId) => _orders.Find(orderId);

    public bool Refund(int orderId) => _orders.Find(orderId) is { Status: not "processing" };
}
