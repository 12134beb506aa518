using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Storage;

namespace AgentGym.Tests.Sdk;

/// <summary>Re-running what failed: the session selects the tests whose result in the last recorded run of its assembly failed.</summary>
public sealed class RerunSelectionTests : IDisposable
{
    private static readonly string Source = Path.GetFileName(typeof(RerunSelectionTests).Assembly.Location);
    private readonly TempStoreFile _file = new();
    private readonly CollectedLog _log = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Failed_selects_the_tests_that_failed_timed_out_or_errored_in_the_last_run()
    {
        Record(Source, ("A", AgentTestStatus.Failed), ("B", AgentTestStatus.Failed), ("C", AgentTestStatus.Passed));
        var last = Record(Source, ("A", AgentTestStatus.Passed), ("B", AgentTestStatus.Failed), ("C", AgentTestStatus.Timeout), ("D", AgentTestStatus.Error), ("E", AgentTestStatus.Skipped));

        var selected = Select(RerunMode.Failed, "A", "B", "C", "D", "E", "F");

        Assert.Equal(["B", "C", "D"], selected);
        var message = Assert.Single(_log.Warnings);
        Assert.Contains($"Re-running the 3 test(s) that failed in run {last} of {Source}", message, StringComparison.Ordinal);
        Assert.Contains("B (support), C (support), D (support)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errored_selects_only_the_tests_that_ended_in_an_error()
    {
        Record(Source, ("A", AgentTestStatus.Failed), ("B", AgentTestStatus.Error), ("C", AgentTestStatus.Timeout));

        Assert.Equal(["B"], Select(RerunMode.Errored, "A", "B", "C"));
        Assert.Contains("that ended in an error in run", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_filter_still_applies_and_a_failed_test_that_is_not_selected_now_is_named()
    {
        Record(Source, ("A", AgentTestStatus.Failed), ("B", AgentTestStatus.Failed), ("Gone", AgentTestStatus.Failed));

        var selected = Select(RerunMode.Failed, ["A", "B"], filter: i => i.Id != "B[agent=support]");

        Assert.Equal(["A"], selected);
        Assert.Contains("2 of them are not among the tests selected now (renamed, removed or filtered out): B (support), Gone (support)", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_of_other_assemblies_and_runs_without_results_are_not_the_last_run()
    {
        var ours = Record(Source, ("A", AgentTestStatus.Failed));
        Record("Other.Tests.dll", ("B", AgentTestStatus.Failed));
        using (var store = new SqliteResultStore(_file.Path))
            store.BeginRun(new RunInfo { Source = Source });

        Assert.Equal(["A"], Select(RerunMode.Failed, "A", "B"));
        Assert.Contains($"in run {ours} of {Source}", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_run_without_failures_runs_nothing_and_says_so()
    {
        var last = Record(Source, ("A", AgentTestStatus.Passed));

        Assert.Empty(Select(RerunMode.Failed, "A"));
        Assert.StartsWith($"{Source}: Nothing to re-run: no test failed in run {last} of {Source}", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_store_file_nothing_runs_and_the_message_names_the_file()
    {
        Assert.Empty(Select(RerunMode.Failed, "A"));

        Assert.Contains($"nothing to re-run (Rerun=failed): there is no results store at {_file.Path} yet", Assert.Single(_log.Warnings), StringComparison.Ordinal);
        Assert.False(File.Exists(_file.Path));
    }

    [Fact]
    public void With_recording_off_nothing_runs_and_the_message_says_why()
    {
        Assert.Empty(Select(RerunMode.Failed, ["A"], store: "off"));

        Assert.Contains("Rerun=failed re-runs what the results store recorded, but the results store is off", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_store_with_no_run_of_the_assembly_runs_nothing()
    {
        Record("Other.Tests.dll", ("A", AgentTestStatus.Failed));

        Assert.Empty(Select(RerunMode.Failed, "A"));
        Assert.Contains($"Nothing to re-run: no run of {Source} on {Environment.MachineName} is recorded in", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void The_command_line_finds_the_last_run_of_each_assembly()
    {
        Record(Source, ("A", AgentTestStatus.Failed));
        Record("Other.Tests.dll", ("B", AgentTestStatus.Passed));
        using var store = SqliteResultStore.OpenExisting(_file.Path);

        var each = RerunSelection.FindEach(store, RerunMode.Failed);

        Assert.Equal([("Other.Tests.dll", 0), (Source, 1)], each.Select(s => (s.Source!, s.Tests.Count)));
    }

    [Theory]
    [InlineData("failed", RerunMode.Failed)]
    [InlineData("Errored", RerunMode.Errored)]
    [InlineData(" off ", null)]
    public void The_rerun_option_reads_failed_errored_or_off(string text, RerunMode? expected)
    {
        var options = new AgentGymOptions { Rerun = RerunMode.Failed };

        Assert.Null(RunOptionText.TrySet(options, RunOptionText.Rerun, text, "--rerun"));
        Assert.Equal(expected, options.Rerun);
    }

    [Fact]
    public void A_bad_rerun_value_names_where_it_came_from_and_what_is_expected() =>
        Assert.Equal("RunSettings <AgentGym><Rerun> is 'failures'; expected failed, errored or off.",
            RunOptionText.TrySet(new AgentGymOptions(), "rerun", "failures", "RunSettings <AgentGym><Rerun>"));

    private long Record(string source, params (string Test, AgentTestStatus Status)[] results)
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(new RunInfo { Source = source, Branch = "main" });
        store.RecordTestRuns(runId, [.. results.Select(r => StoredResults.Result(r.Test, r.Status))]);
        store.CompleteRun(runId, DateTimeOffset.UtcNow);
        return runId;
    }

    private List<string> Select(RerunMode mode, params string[] tests) => Select(mode, tests, filter: null);

    private List<string> Select(RerunMode mode, string[] tests, Func<RunItem, bool>? filter = null, string? store = null)
    {
        var session = RunSession.Open(new RunSessionOptions
        {
            Assembly = typeof(RerunSelectionTests).Assembly,
            Options = new AgentGymOptions { Store = store ?? _file.Path, Rerun = mode },
            Startup = _ => { },
            Log = _log,
        });
        try
        {
            var items = tests.Select(t => RunItem.ForTest(new AgentTestDefinition { Id = t + "[agent=support]", FullName = t, DisplayName = t })).ToList();
            return [.. session.Select(items, filter).Select(i => i.FullName)];
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
