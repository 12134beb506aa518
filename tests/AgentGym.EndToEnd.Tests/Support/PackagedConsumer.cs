namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// Packs AgentGym, AgentGym.Benchmarks and AgentGym.TestAdapter into a temp feed under a version of their own, writes two consumer test
/// projects that use them (VSTest, and Microsoft.Testing.Platform), and builds them once; each test then runs
/// <c>dotnet test --no-build</c>, <c>dotnet run --no-build</c> or the executable on them. Afterwards the temp folders
/// and this version's packages in the global packages folder are deleted, as are those a run that died left behind.
/// </summary>
public sealed class PackagedConsumer : IAsyncLifetime
{
    private static readonly string[] PackageIds = ["AgentGym", "AgentGym.Benchmarks", "AgentGym.TestAdapter", "AgentGym.OpenAI", "AgentGym.Storage.PostgreSql", "AgentGym.Server"];

    private readonly string _root = Directory.CreateTempSubdirectory("agentgym-e2e-").FullName;
    private Task<(ProcessResult Run, string TrxPath)>? _fullRun;
    private Task<(ProcessResult Run, string TrxPath)>? _executableRun;

    /// <summary>Gets the version the packages were packed with.</summary>
    public string Version { get; } = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>Gets the folder that holds the packed packages, a package source for further consumers.</summary>
    public string Feed { get; private set; } = string.Empty;

    /// <summary>Gets the consumer project's folder.</summary>
    public string ProjectFolder { get; private set; } = string.Empty;

    /// <summary>Gets the folder of the same tests as a Microsoft.Testing.Platform executable (EnableAgentGymRunner).</summary>
    public string RunnerFolder { get; private set; } = string.Empty;

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
        RunnerFolder = ConsumerProject.WriteRunner(_root, Version);
        // One build for both projects: consumer builds are the expensive part of this suite.
        Require(await DotNetCli.RunAsync(_root, "build", ConsumerProject.Solution, "-nodeReuse:false"));
    }

    /// <summary>Creates an empty folder of the fixture's own, with nothing of the repository's build settings above it.</summary>
    public string NewFolder(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, name)).FullName;
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        return folder;
    }

    /// <summary>Runs <c>dotnet</c> in the Microsoft.Testing.Platform project's folder, whose global.json selects that platform.</summary>
    public Task<ProcessResult> RunnerAsync(params string[] arguments) => DotNetCli.RunAsync(RunnerFolder, arguments);

    /// <summary>Runs the Microsoft.Testing.Platform project's built executable itself, without the .NET CLI.</summary>
    public Task<ProcessResult> ExecutableAsync(params string[] arguments) => DotNetCli.RunProgramAsync(RunnerFolder, RunnerExecutable, arguments);

    /// <summary>Gets the path of the Microsoft.Testing.Platform project's executable.</summary>
    public string RunnerExecutable => Path.Combine(RunnerFolder, "bin", "Debug", RepositoryLayout.TargetFramework, OperatingSystem.IsWindows() ? ConsumerProject.Name + ".exe" : ConsumerProject.Name);

    /// <summary>Runs <c>dotnet test --no-build</c> on the consumer with more arguments.</summary>
    public Task<ProcessResult> TestAsync(params string[] arguments) => DotNetCli.RunAsync(ProjectFolder, ["test", "--no-build", .. arguments]);

    /// <summary>Runs <c>dotnet test --no-build</c> on the consumer with more environment variables and arguments.</summary>
    public Task<ProcessResult> TestWithAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        DotNetCli.RunAsync(ProjectFolder, environment, ["test", "--no-build", .. arguments]);

    /// <summary>Runs every test once, with detailed console output and a TRX report, and shares that run between tests.</summary>
    public Task<(ProcessResult Run, string TrxPath)> FullRunAsync() => _fullRun ??= RunEverythingAsync();

    /// <summary>Runs the executable once over every test, with a TRX report, and shares that run between tests.</summary>
    public Task<(ProcessResult Run, string TrxPath)> ExecutableRunAsync() => _executableRun ??= RunExecutableAsync();

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

    private async Task<(ProcessResult, string)> RunExecutableAsync()
    {
        var results = Path.Combine(_root, "runner-results");
        var run = await ExecutableAsync("--report-trx", "--report-trx-filename", "run.trx", "--results-directory", results);
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
