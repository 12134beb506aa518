using AgentGym.Configuration;
using AgentGym.Sdk;

namespace AgentGym.Cli.Tests;

/// <summary>Commands run from folders of a repository; they change the current folder, so they run alone.</summary>
[CollectionDefinition(nameof(CurrentFolder), DisableParallelization = true)]
public sealed class CurrentFolder;

[Collection(nameof(CurrentFolder))]
public sealed class StoreDiscoveryTests : IDisposable
{
    private readonly string _repo = Path.Combine(Path.GetTempPath(), "agentgym-repo-" + Guid.NewGuid().ToString("N"));
    private readonly string _cwd = Environment.CurrentDirectory;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _notes = new();
    private readonly CliDriver _cli = new();

    public StoreDiscoveryTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo, ".git"));
        Console.SetError(_notes);
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _cwd;
        Console.SetError(_error);
        Environment.SetEnvironmentVariable(StoreSettings.StoreVariable, null);
        _cli.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_repo, recursive: true);
    }

    [Fact]
    public void The_store_of_a_test_project_is_found_from_a_folder_below_it()
    {
        var project = Project("tests/Support.Tests");
        Directory.CreateDirectory(Path.Combine(project, "Orders", "Refunds"));

        var (exit, output) = RunFrom(Path.Combine(project, "Orders", "Refunds"), "runs", "list");

        Assert.True(exit == 0, output);
        Assert.Contains("Support.Tests.dll", output, StringComparison.Ordinal);
        Assert.Contains(StoreLocation.DefaultFile(project), _notes.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_store_below_the_repository_root_is_found_from_the_root()
    {
        var project = Project("tests/Support.Tests");

        var (exit, output) = RunFrom(_repo, "runs", "list");

        Assert.True(exit == 0, output);
        Assert.Contains(StoreLocation.DefaultFile(project), _notes.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_stores_below_are_listed_and_none_is_guessed()
    {
        var first = Project("tests/Orders.Tests");
        var second = Project("tests/Support.Tests");

        var (exit, output) = RunFrom(_repo, "runs", "list");

        Assert.Equal(AgentGymCli.StoreError, exit);
        Assert.Contains(StoreLocation.DefaultFile(first), output, StringComparison.Ordinal);
        Assert.Contains(StoreLocation.DefaultFile(second), output, StringComparison.Ordinal);
        Assert.Contains("Pass --store", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_stops_at_the_repository_root()
    {
        var outside = Path.Combine(_repo, "..", Path.GetFileName(_repo) + "-outside");
        Directory.CreateDirectory(Path.Combine(_repo, "docs"));

        var (exit, output) = RunFrom(Path.Combine(_repo, "docs"), "runs", "list");

        Assert.Equal(AgentGymCli.StoreError, exit);
        Assert.Contains("No AgentGym results store", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outside));
    }

    [Fact]
    public async Task A_relative_store_path_means_the_same_file_to_a_test_run_and_to_agentgym()
    {
        var project = Project("tests/Support.Tests", record: false);
        var output = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net10.0")).FullName;
        Directory.CreateDirectory(Path.Combine(project, "Orders"));
        Environment.SetEnvironmentVariable(StoreSettings.StoreVariable, Path.Combine("results", "gym.db"));

        // What 'dotnet test' does: a session over the test assembly in bin/ records a run.
        await using (var session = RunSession.Open(new RunSessionOptions { Source = Path.Combine(output, "Support.Tests.dll"), Options = new AgentGymOptions() }))
            session.RecordBenchmark(new BenchmarkRunRecord { Name = "Refunds", StartedAt = DateTimeOffset.UtcNow, CompletedAt = DateTimeOffset.UtcNow, Json = "{}" });
        var (exit, listed) = RunFrom(Path.Combine(project, "Orders"), "runs", "list");

        Assert.True(File.Exists(Path.Combine(project, "results", "gym.db")));
        Assert.True(exit == 0, listed);
        Assert.Contains("benchmark", listed, StringComparison.Ordinal);
    }

    private string Project(string relative, bool record = true)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_repo, relative)).FullName;
        File.WriteAllText(Path.Combine(folder, Path.GetFileName(folder) + ".csproj"), "<Project />");
        if (record)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(StoreLocation.DefaultFile(folder))!);
            File.Copy(RecordedStore(), StoreLocation.DefaultFile(folder));
        }
        return folder;
    }

    private string RecordedStore()
    {
        if (!File.Exists(_cli.StorePath))
        {
            _cli.Record("main", "abc123", ("Support.Refund", Results.AgentTestStatus.Passed, 100));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        return _cli.StorePath;
    }

    private (int ExitCode, string Output) RunFrom(string folder, params string[] args)
    {
        Environment.CurrentDirectory = folder;
        try
        {
            return _cli.Run(args);
        }
        finally
        {
            Environment.CurrentDirectory = _cwd;
        }
    }
}
