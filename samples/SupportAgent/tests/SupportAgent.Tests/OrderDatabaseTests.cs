namespace SupportAgent.Tests;

/// <summary>Plain xunit tests run in the same project as the agent tests.</summary>
public sealed class OrderDatabaseTests
{
    [Fact]
    public void An_order_is_refunded_once()
    {
        var orders = new InMemoryOrderDatabase();

        Assert.True(orders.Refund(42));
        Assert.False(orders.Refund(42));
        Assert.Equal("refunded", orders.Find(42)!.Status);
    }
}
