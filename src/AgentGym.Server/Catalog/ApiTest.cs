using AgentGym.Definitions;

namespace AgentGym.Server.Catalog;

/// <summary>A test given over the API: its name (its id) and its cases (one, or one per security probe).</summary>
internal sealed record ApiTest(string Name, IReadOnlyList<AgentTestDefinition> Cases);
