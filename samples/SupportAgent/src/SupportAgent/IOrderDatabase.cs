namespace SupportAgent;

/// <summary>The shop's orders, as the support agent's tools see them.</summary>
public interface IOrderDatabase
{
    /// <summary>Finds an order, or returns null.</summary>
    Order? Find(int orderId);

    /// <summary>Marks an order refunded; false when there is no such order or it was refunded already.</summary>
    bool Refund(int orderId);
}
