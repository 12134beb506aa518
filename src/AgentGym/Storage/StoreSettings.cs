namespace AgentGym.Storage;

/// <summary>Where results are recorded: the names of the settings and the default SQLite file.</summary>
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

    /// <summary>Gets whether a store setting turns recording off (<c>off</c>, <c>none</c>, <c>false</c>).</summary>
    /// <param name="store">The setting.</param>
    /// <returns><see langword="true"/> when nothing is recorded.</returns>
    public static bool IsOff(string? store) =>
        store?.Trim().ToUpperInvariant() is "OFF" or "NONE" or "FALSE" or "DISABLED";

    /// <summary>
    /// Picks the store of a run: the configured one (runsettings or startup class), else <c>AGENTGYM_STORE</c>, else
    /// <c>.agentgym/results.db</c> in the folder of the nearest project file above <paramref name="outputFolder"/>.
    /// </summary>
    /// <param name="configured">The configured store, or <see langword="null"/>.</param>
    /// <param name="outputFolder">The test assembly's folder (or a project folder).</param>
    /// <returns>The store's connection text, or <see langword="null"/> when recording is off.</returns>
    public static string? Resolve(string? configured, string? outputFolder)
    {
        var store = !string.IsNullOrWhiteSpace(configured) ? configured : Environment.GetEnvironmentVariable(StoreVariable);
        if (IsOff(store))
            return null;
        return !string.IsNullOrWhiteSpace(store) ? store.Trim() : DefaultPath(outputFolder ?? Environment.CurrentDirectory);
    }

    /// <summary>Gets the default SQLite file for a folder: under the nearest folder above it with a project or solution file.</summary>
    /// <param name="folder">The folder to start from.</param>
    /// <returns>The file's full path.</returns>
    public static string DefaultPath(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var start = new DirectoryInfo(Path.GetFullPath(folder));
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.*proj").Any() || dir.EnumerateFiles("*.sln*").Any())
                return Path.Combine(dir.FullName, DefaultFolder, DefaultFileName);
        }
        return Path.Combine(start.FullName, DefaultFolder, DefaultFileName);
    }
}
