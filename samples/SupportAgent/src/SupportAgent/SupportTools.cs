using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace SupportAgent;

/// <summary>The tools the support agent may call, as Microsoft.Extensions.AI functions.</summary>
public sealed class SupportTools(IOrderDatabase orders)
{
    /// <summary>The tool that looks an order up.</summary>
    public const string LookupOrder = "lookup_order";

    /// <summary>The tool that refunds an order.</summary>
    public const string RefundOrder = "refund_order";

    /// <summary>Gets every tool, for <see cref="ChatOptions.Tools"/>.</summary>
    public IList<AITool> All => [Lookup, Refund];

    /// <summary>Gets the read-only tools, for an agent that may not change orders.</summary>
    public IList<AITool> ReadOnly => [Lookup];

    private AIFunction Lookup => AIFunctionFactory.Create(
        ([Description("The order number")] int orderId) => orders.Find(orderId) is { } order ? JsonSerializer.Serialize(order, JsonSerializerOptions.Web) : "no such order",
        LookupOrder, "Looks up an order's status and total.");

    private AIFunction Refund => AIFunctionFactory.Create(
        ([Description("The order number")] int orderId) => orders.Refund(orderId) ? "refunded" : "not refunded",
        RefundOrder, "Refunds an order in full.");
}
