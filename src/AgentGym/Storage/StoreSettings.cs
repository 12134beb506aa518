namespace AgentGym.Sdk;

/// <summary>Where results are recorded: the names of the settings and the default SQLite file. <see cref="Sdk.StoreLocation"/> applies them.</summary>
public static class StoreSettings
{
    /// <summary>The environment variable that names the store (a SQLite file or a PostgreSQL connection string), or <c>off</c>.</summary>
    public const string StoreVariable = "AGENTGYM_STORE";

    /// <summary>The environment variable that groups the runs of one CI job (shards, several projects).</summary>
    public const string RunGroupVariable = "AGENTGYM_RUN_GROUP";

    /// <summary>The folder, next to the project file, that holds the default SQLite file; <c>dotnet clean</c> leaves it alone.</summary>
    public const string DefaultFolder = ".agentgym";

    /// <summary>The name of the default SQLite file.</summary>
    public const string DefaultFileName = "results.db";

    /// <summary>Gets whether a store setting turns the results store off (<c>off</c>, <c>none</c>, <c>false</c>).</summary>
    /// <param name="store">The setting.</param>
    /// <returns><see langword="true"/> when nothing is recorded.</returns>
    public static bool IsOff(string? store) =>
        store?.Trim().ToUpperInvariant() is "OFF" or "NONE" or "FALSE" or "DISABLED";
}
