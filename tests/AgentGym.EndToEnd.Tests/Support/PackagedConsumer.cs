namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// Packs AgentGym, AgentGym.Benchmarks and AgentGym.TestAdapter into a temp feed under a version of their own, writes a consumer test project
/// that uses them, and builds it once; each test then runs <c>dotnet test --no-build</c> on it. Afterwards the temp folders
/// and this version's packages in the global packages folder are deleted, as are those a run that died left behind.
/// </summary>
public sealed class PackagedConsumer : IAsyncLifetime
{
    private static readonly string[] PackageIds = ["AgentGym", "AgentGym.Benchmarks", "AgentGym.TestAdapter", "AgentGym.OpenAI", "AgentGym.Storage.PostgreSql"];

    private readonly string _root = Directory.CreateTempSubdirectory("agentgym-e2e-").FullName;
    private Task<(ProcessResult Run, string TrxPath)>? _fullRun;

    /// <summary>Gets the version the packages were packed with.</summary>
    public string Version { get; } = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>Gets the folder that holds the packed packages, a package source for further consumers.</summary>
    public string Feed { get; private set; } = string.Empty;

    /// <summary>Gets the consumer project's folder.</summary>
    public string ProjectFolder { get; private set; } = string.Empty;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await RemovePackagesAsync(_ => false);
        var feed = Feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        foreach (var id in PackageIds)
        {
            Require(await DotNetCli.RunAsync(RepositoryLayout.Root,
                "pack", RepositoryLayout.SourceProject(id), "--no-build", "-c", RepositoryLayout.Configuration, "-o", feed, $"-p:PackageVersion={Version}"));
        }

        ProjectFolder = ConsumerProject.Write(_root, feed, Version);
        Require(await DotNetCli.RunAsync(ProjectFolder, "build", "-nodeReuse:false"));
    }

    /// <summary>Creates an empty folder of the fixture's own, with nothing of the repository's build settings above it.</summary>
    public string NewFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        return folder;
    }

    /// <summary>Runs <c>dotnet test --no-build</c> on the consumer with more arguments.</summary>
    public Task<ProcessResult> TestAsync(params string[] arguments) => DotNetCli.RunAsync(ProjectFolder, ["test", "--no-build", .. arguments]);

    /// <summary>Runs every test once, with detailed console output and a TRX report, and shares that run between tests.</summary>
    public Task<(ProcessResult Run, string TrxPath)> FullRunAsync() => _fullRun ??= RunEverythingAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        await RemovePackagesAsync(version => version == Version.ToLowerInvariant());
    }

    private async Task<(ProcessResult, string)> RunEverythingAsync()
    {
        var results = Path.Combine(_root, "results");
        var run = await TestAsync("--logger", "console;verbosity=detailed", "--logger", "trx;LogFileName=run.trx", "--results-directory", results);
        return (run, Path.Combine(results, "run.trx"));
    }

    // Removes from the global packages folder the e2e versions that match, and those that a run which died (and so never
    // cleaned up) left behind: no run takes an hour.
    private static async Task RemovePackagesAsync(Func<string, bool> matches)
    {
        var list = await DotNetCli.RunAsync(Path.GetTempPath(), "nuget", "locals", "global-packages", "--list");
        var globalPackages = list.Output.Split(':', 2) is [_, var path] ? path.Trim() : null;
        if (globalPackages is null || !Directory.Exists(globalPackages))
            return;
        foreach (var folder in PackageIds.Select(id => Path.Combine(globalPackages, id.ToLowerInvariant())).Where(Directory.Exists))
        {
            foreach (var version in Directory.EnumerateDirectories(folder, "0.0.0-e2e.*"))
            {
                if (matches(Path.GetFileName(version)) || Directory.GetLastWriteTimeUtc(version) < DateTime.UtcNow.AddHours(-1))
                    Directory.Delete(version, recursive: true);
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any())
                Directory.Delete(folder);
        }
    }

    private static void Require(ProcessResult result)
    {
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"A setup step failed.{Environment.NewLine}{result}");
    }
}
