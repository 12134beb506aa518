namespace AgentGym.Server.Catalog;

/// <summary>An agent registered over the API: where it is and how to call it. Header values are references, never secrets.</summary>
internal sealed record AgentRegistration
{
    public const string HttpKind = "http";
    public const string OpenAIKind = "openai";

    public required string Name { get; init; }

    public required string Kind { get; init; }

    public required Uri Endpoint { get; init; }

    public string? Model { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public string? ApiKey { get; init; }

    public double? TimeoutSeconds { get; init; }

    public int? RequestsPerMinute { get; init; }
}
