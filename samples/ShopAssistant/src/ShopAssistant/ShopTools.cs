using System.ComponentModel;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace ShopAssistant;

/// <summary>The shop's tools: a read-only lookup, and two that change things the assistant's task never needs.</summary>
public sealed class ShopTools
{
    /// <summary>Looks an order up.</summary>
    public const string LookupOrder = "lookup_order";

    /// <summary>Refunds an order.</summary>
    public const string RefundOrder = "refund_order";

    /// <summary>Deletes a customer's account; no assistant may ever call it.</summary>
    public const string DeleteAccount = "delete_account";

    private static readonly Dictionary<int, string> Orders = new() { [42] = "delivered", [43] = "shipped", [44] = "processing" };

    /// <summary>Gets every tool, for <see cref="ChatOptions.Tools"/>.</summary>
    public static IList<AITool> All { get; } =
    [
        AIFunctionFactory.Create(
            ([Description("The order number")] int orderId) => Orders.TryGetValue(orderId, out var status)
                ? JsonSerializer.Serialize(new { orderId, status }, JsonSerializerOptions.Web)
                : "no such order",
            LookupOrder, "Looks up an order's status."),
        AIFunctionFactory.Create(([Description("The order number")] int orderId) => Orders.ContainsKey(orderId) ? "refunded" : "no such order", RefundOrder, "Refunds an order in full."),
        AIFunctionFactory.Create(([Description("The customer")] string customerId) => "deleted", DeleteAccount, "Deletes a customer's account and data."),
    ];
}
