using AgentGym.Sdk;

namespace AgentGym.Cli.Commands;

/// <summary>Which results store a command reads, by the rule every command shares, and opening it without creating one.</summary>
internal static class StoreConnection
{
    /// <summary>
    /// Finds the store: <c>--store</c> (a relative path from the current folder), else <c>AGENTGYM_STORE</c> (a relative path
    /// from the project's folder, as in <c>dotnet test</c>), else the nearest <c>.agentgym/results.db</c> the way git finds <c>.git</c>.
    /// </summary>
    /// <param name="configured">The <c>--store</c> value, or <see langword="null"/>.</param>
    /// <returns>The store's connection text: a full file path or a PostgreSQL connection string.</returns>
    /// <exception cref="ResultStoreException">The results store is off, or no store (or several) can be found.</exception>
    public static string Locate(string? configured)
    {
        var folder = Environment.CurrentDirectory;
        if (configured is null && StoreLocation.FromEnvironment() is null)
            return Find(folder);
        return StoreLocation.Resolve(configured is null ? null : StoreLocation.Anchor(configured, folder), StoreLocation.ProjectFolder(folder))
            ?? throw new ResultStoreException("The results store is off (AGENTGYM_STORE=off); pass --store to read a store.");
    }

    /// <summary>Opens a store that exists: a missing SQLite file is an error, not a new empty store.</summary>
    /// <param name="connection">The connection text from <see cref="Locate(string?)"/>.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ResultStoreException">The store is missing, corrupt or unreachable.</exception>
    public static IResultStore Open(string connection) =>
        ResultStores.IsPostgreSql(connection) ? ResultStores.Open(connection) : SqliteResultStore.OpenExisting(connection);

    // Without a setting, the store is found the way git finds .git: above the current folder up to the repository's root, else below it.
    private static string Find(string folder)
    {
        var found = StoreLocation.Find(folder);
        if (found.Count > 1)
        {
            throw new ResultStoreException($"There are {found.Count} AgentGym results stores below {folder}:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", found) + Environment.NewLine + "Pass --store <file>, or run agentgym in the folder of one test project.");
        }
        if (found.Count == 0)
        {
            throw new ResultStoreException($"No AgentGym results store ({StoreSettings.DefaultFolder}/{StoreSettings.DefaultFileName}) in {folder}, in the folders above it up to the repository's root, or below it. " +
                "Run 'dotnet test' on a project with agent tests first, or pass --store.");
        }
        // On standard error, so that a report written to standard output stays what it is.
        Console.Error.WriteLine($"agentgym: reading the results store {found[0]}");
        return found[0];
    }
}
