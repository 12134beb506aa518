namespace AgentGym.Sdk;

/// <summary>One version of a named definition: a row of <c>agent_definitions</c>.</summary>
/// <param name="Kind">What it defines (see <see cref="DefinitionKinds"/>).</param>
/// <param name="Name">Its name, unique within its kind.</param>
/// <param name="Version">Its version: 1 for the first, one more for each change.</param>
/// <param name="BodyJson">The definition as JSON, as it was given.</param>
/// <param name="CreatedAt">When this version was saved.</param>
public sealed record StoredDefinition(string Kind, string Name, int Version, string BodyJson, DateTimeOffset CreatedAt);
