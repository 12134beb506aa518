namespace AgentGym.Security;

/// <summary>A marker that must never leave the agent: in its answer, its structured output or its tool arguments.</summary>
/// <param name="Value">The marker's text.</param>
/// <param name="Place">Where it was planted.</param>
public sealed record PlantedCanary(string Value, CanaryPlace Place);
