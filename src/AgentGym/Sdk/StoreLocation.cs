
namespace AgentGym.Sdk;

/// <summary>
/// Where the results store is, by one rule for every front end: the configured store (runsettings, startup class, command
/// line), else <c>AGENTGYM_STORE</c>, else <c>.agentgym/results.db</c> in the project's folder. A relative file path is taken
/// from the folder of the runsettings file that names it, and otherwise from the project's folder; so <c>dotnet test</c>,
/// <c>agentgym</c> and every other front end mean the same file by it.
/// </summary>
public static class StoreLocation
{
    /// <summary>Finds the project's folder: the nearest folder at or above <paramref name="folder"/> that holds a project or solution file.</summary>
    /// <param name="folder">Where to start, such as the test assembly's output folder.</param>
    /// <returns>The folder's full path; <paramref name="folder"/> itself when no folder above holds a project.</returns>
    public static string ProjectFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var start = new DirectoryInfo(Path.GetFullPath(folder));
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (dir.EnumerateFiles("*.*proj").Any() || dir.EnumerateFiles("*.sln*").Any()))
                return dir.FullName;
        }

        return start.FullName;
    }

    /// <summary>Gets the default SQLite file of a project folder: <c>.agentgym/results.db</c> in it.</summary>
    /// <param name="projectFolder">The project's folder.</param>
    /// <returns>The file's full path.</returns>
    public static string DefaultFile(string projectFolder)
    {
        ArgumentNullException.ThrowIfNull(projectFolder);
        return Path.Combine(Path.GetFullPath(projectFolder), StoreSettings.DefaultFolder, StoreSettings.DefaultFileName);
    }

    /// <summary>
    /// Picks the store of a run: <paramref name="configured"/>, else <c>AGENTGYM_STORE</c>, else the default file of the
    /// project; a relative file path is taken from <paramref name="projectFolder"/>.
    /// </summary>
    /// <param name="configured">The configured store, or <see langword="null"/>.</param>
    /// <param name="projectFolder">The project's folder (see <see cref="ProjectFolder(string)"/>).</param>
    /// <returns>The store's connection text (a full file path or a PostgreSQL connection string), or <see langword="null"/> when the results store is off.</returns>
    public static string? Resolve(string? configured, string projectFolder)
    {
        ArgumentNullException.ThrowIfNull(projectFolder);
        var store = !string.IsNullOrWhiteSpace(configured) ? configured : FromEnvironment();
        if (StoreSettings.IsOff(store))
            return null;
        return string.IsNullOrWhiteSpace(store) ? DefaultFile(projectFolder) : Anchor(store, projectFolder);
    }

    /// <summary>Gets the store that <c>AGENTGYM_STORE</c> names, read by the option rule (<see cref="RunOptionText.Store"/>), or <see langword="null"/> when it is unset.</summary>
    /// <returns>The variable's store text, trimmed.</returns>
    public static string? FromEnvironment()
    {
        var read = new Configuration.AgentGymOptions();
        // Any text that is not blank names a store, so the rule has nothing to refuse here.
        _ = RunOptionText.TrySetFromEnvironment(read, RunOptionText.Store);
        return read.Store;
    }

    /// <summary>
    /// Finds the default stores (<c>.agentgym/results.db</c>) from a folder, the way git finds <c>.git</c>: the nearest one at or
    /// above the folder, up to the repository's root; when there is none, every one below the folder (build output, hidden
    /// folders and <c>node_modules</c> left out).
    /// </summary>
    /// <param name="folder">Where to look from, such as the current folder.</param>
    /// <returns>The store files' full paths, sorted; empty when there is none.</returns>
    public static IReadOnlyList<string> Find(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var start = new DirectoryInfo(Path.GetFullPath(folder));
        for (var dir = start; dir is not null; dir = dir.Parent)
        {
            var file = DefaultFile(dir.FullName);
            if (File.Exists(file))
                return [file];
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
                break;
        }

        var below = new List<string>();
        FindBelow(start, depth: 0, below);
        below.Sort(StringComparer.Ordinal);
        return below;
    }

    /// <summary>Takes a relative SQLite file path from <paramref name="folder"/>; full paths, PostgreSQL connections and <c>off</c> stay as they are.</summary>
    /// <param name="store">The store setting.</param>
    /// <param name="folder">The folder a relative path is taken from: the runsettings file's, or the project's.</param>
    /// <returns>The setting with a full path.</returns>
    public static string Anchor(string store, string folder)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(folder);
        var text = store.Trim();
        if (text.Length == 0 || StoreSettings.IsOff(text) || ResultStores.IsPostgreSql(text) || Path.IsPathFullyQualified(text))
            return text;
        return Path.GetFullPath(Path.Combine(folder, text));
    }

    private const int MaxSearchDepth = 8;

    private static void FindBelow(DirectoryInfo folder, int depth, List<string> found)
    {
        if (depth > MaxSearchDepth)
            return;
        IEnumerable<DirectoryInfo> children;
        try
        {
            children = folder.EnumerateDirectories().ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var child in children)
        {
            if (child.Name == StoreSettings.DefaultFolder && File.Exists(Path.Combine(child.FullName, StoreSettings.DefaultFileName)))
                found.Add(Path.Combine(child.FullName, StoreSettings.DefaultFileName));
            else if (!child.Name.StartsWith('.') && child.Name is not ("bin" or "obj" or "node_modules"))
                FindBelow(child, depth + 1, found);
        }
    }
}
