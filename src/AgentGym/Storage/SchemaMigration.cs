namespace AgentGym.Sdk;

/// <summary>One step of a store's schema: applied once, in its own transaction, and recorded in <c>schema_version</c>.</summary>
/// <param name="Version">The version the schema has after this step (1, 2, ...).</param>
/// <param name="Description">What the step does.</param>
/// <param name="Statements">The SQL statements, run in order.</param>
public sealed record SchemaMigration(int Version, string Description, IReadOnlyList<string> Statements);
