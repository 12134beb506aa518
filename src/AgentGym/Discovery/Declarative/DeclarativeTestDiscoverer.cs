using System.Reflection;
using AgentGym.Definitions;
using AgentGym.Discovery.Declarative;

namespace AgentGym.Sdk;

/// <summary>
/// Finds the declarative agent tests of a test assembly: the <c>*.agenttest.json</c>, <c>*.agenttest.yaml</c> and
/// <c>*.agenttest.yml</c> files in its folder and below (the AgentGym package copies them there from the project). Each test
/// becomes an <see cref="AgentTestDefinition"/> that runs through the same engine and validators as an attributed test. A file
/// that cannot be read or breaks the schema becomes a failing test that names the file, line and field; it never stops the others.
/// </summary>
public static class DeclarativeTestDiscoverer
{
    /// <summary>The file name endings of declarative test files.</summary>
    public static readonly IReadOnlyList<string> FileExtensions = [".agenttest.json", ".agenttest.yaml", ".agenttest.yml"];

    /// <summary>The assembly metadata key, written by the package's build targets, that holds the test project's folder.</summary>
    public const string ProjectDirectoryMetadataKey = "AgentGym.ProjectDirectory";

    /// <summary>
    /// Finds the declarative tests beside a test assembly built with the AgentGym package's build targets (which write the
    /// <see cref="ProjectDirectoryMetadataKey"/> assembly metadata); other assemblies have none.
    /// </summary>
    /// <param name="assembly">The test assembly.</param>
    /// <returns>The test cases, file by file in path order, and in file order within each file.</returns>
    public static IReadOnlyList<AgentTestDefinition> Discover(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var folder = Path.GetDirectoryName(assembly.Location);
        var projectFolder = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == ProjectDirectoryMetadataKey)?.Value;
        // Only an assembly built with the package's targets has test files of its own; any other assembly in the folder
        // (a helper library, a test project of another framework) would only see someone else's.
        return string.IsNullOrEmpty(folder) || projectFolder is null ? [] : Discover(folder, projectFolder);
    }

    /// <summary>Finds the declarative tests in a folder and below.</summary>
    /// <param name="folder">The folder, normally the test assembly's.</param>
    /// <param name="projectFolder">
    /// The test project's folder, where the files came from. When it exists, only the files that are also there are
    /// discovered (another test project may share the output folder), and Test Explorer opens the project's copy.
    /// </param>
    /// <returns>The test cases.</returns>
    public static IReadOnlyList<AgentTestDefinition> Discover(string folder, string? projectFolder = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!Directory.Exists(folder))
            return [];
        // Test projects that reference each other share an output folder: when the project's folder is known and there,
        // only the files that came from it are its tests.
        var ownFilesOnly = !string.IsNullOrEmpty(projectFolder) && Directory.Exists(projectFolder);
        var files = Directory.EnumerateFiles(folder, "*.agenttest.*", SearchOption.AllDirectories)
            .Where(IsTestFile)
            .Select(path => Path.GetRelativePath(folder, path).Replace('\\', '/'))
            .Where(relative => !ownFilesOnly || File.Exists(Path.Combine(projectFolder!, relative)))
            .Order(StringComparer.Ordinal);
        return [.. files.SelectMany(relative => DiscoverFile(folder, relative, projectFolder))];
    }

    /// <summary>Reads the tests of one file.</summary>
    /// <param name="folder">The folder the path is relative to.</param>
    /// <param name="relativePath">The file's path relative to <paramref name="folder"/>.</param>
    /// <param name="projectFolder">The test project's folder, for Test Explorer, when known.</param>
    /// <returns>The file's test cases; one failing case when the file cannot be read.</returns>
    public static IReadOnlyList<AgentTestDefinition> DiscoverFile(string folder, string relativePath, string? projectFolder = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentException.ThrowIfNullOrEmpty(relativePath);
        relativePath = relativePath.Replace('\\', '/');
        var path = Path.GetFullPath(relativePath, folder);
        var projectCopy = string.IsNullOrEmpty(projectFolder) ? null : Path.GetFullPath(relativePath, projectFolder);
        var file = new DeclarativeTestFile(relativePath, Path.GetDirectoryName(path)!, projectCopy is not null && File.Exists(projectCopy) ? projectCopy : path);

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [DeclarativeTestReader.Unreadable(file, new DeclarativeProblem(null, string.Empty, $"cannot be read: {ex.Message}"))];
        }

        var content = DeclarativeFileContent.Parse(text, isYaml: !relativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
        if (content.Problem is { } problem)
            return [DeclarativeTestReader.Unreadable(file, problem)];
        return [.. content.Tests.SelectMany(t => ReadTest(t.Test, t.Field, file))];
    }

    // One test that trips the reader must not cost the file's other tests, nor the other files.
    private static IReadOnlyList<AgentTestDefinition> ReadTest(Newtonsoft.Json.Linq.JToken test, string field, DeclarativeTestFile file)
    {
        try
        {
            return DeclarativeTestReader.Read(test, field, file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var problem = DeclarativeProblem.At(test, field, $"cannot be read: {ex.GetType().Name}: {ex.Message}");
            return [DeclarativeTestReader.Unreadable(file, problem)];
        }
    }

    private static bool IsTestFile(string path) => FileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
