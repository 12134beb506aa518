namespace SupportAgent;

/// <summary>An order in the shop.</summary>
public sealed record Order(int Id, string Status, decimal Total);
