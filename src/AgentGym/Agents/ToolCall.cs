namespace AgentGym.Agents;

/// <summary>One tool call an agent made while answering.</summary>
/// <param name="Name">The tool's name.</param>
/// <param name="Arguments">The arguments the agent passed, by parameter name.</param>
/// <param name="Result">What the tool returned, when known.</param>
public sealed record ToolCall(string Name, IReadOnlyDictionary<string, object?>? Arguments = null, object? Result = null);
