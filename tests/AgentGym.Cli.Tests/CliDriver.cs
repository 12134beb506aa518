using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using Spectre.Console;

namespace AgentGym.Cli.Tests;

/// <summary>A store file with recorded runs, and the command line run in-process against it.</summary>
internal sealed class CliDriver : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "agentgym-cli-" + Guid.NewGuid().ToString("N"));

    public CliDriver() => Directory.CreateDirectory(_folder);

    public string StorePath => Path.Combine(_folder, "results.db");

    public string File(string name) => Path.Combine(_folder, name);

    public long Record(string branch, string commit, params (string Test, AgentTestStatus Status, long Tokens)[] results) =>
        RecordCases(branch, commit, [.. results.Select(r => (r.Test, r.Test, r.Status, r.Tokens))]);

    /// <summary>Records results whose display name differs from the full name, as the console shows them: <c>Class.Method("input")</c>.</summary>
    public long RecordCases(string branch, string commit, params (string FullName, string DisplayName, AgentTestStatus Status, long Tokens)[] results)
    {
        using var store = new SqliteResultStore(StorePath);
        var runId = store.BeginRun(new RunInfo { Branch = branch, Commit = commit, Source = "Support.Tests.dll", Group = "ci-7" });
        foreach (var (test, display, status, tokens) in results)
        {
            store.RecordTestRun(runId, new AgentTestRun
            {
                Test = new AgentTestDefinition { Id = display, FullName = test, DisplayName = display },
                Status = status,
                AgentName = "support",
                Error = status == AgentTestStatus.Passed ? null : new ErrorInfo("AgentGym.ValidationFailed", "expected 'refund'"),
                Metrics = new AgentMetrics { TotalTokens = tokens, LlmCalls = 1, Duration = TimeSpan.FromMilliseconds(tokens) },
                StartedAt = DateTimeOffset.UtcNow,
                CompletedAt = DateTimeOffset.UtcNow,
            });
        }
        store.CompleteRun(runId, DateTimeOffset.UtcNow);
        return runId;
    }

    public (int ExitCode, string Output) Run(params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = 300;
        var exitCode = AgentGymCli.Run(args, console);
        return (exitCode, writer.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
