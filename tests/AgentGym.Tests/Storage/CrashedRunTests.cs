using System.Diagnostics;
using System.Globalization;
using AgentGym.Results;
using AgentGym.Sdk;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class CrashedRunTests : IDisposable
{
    private const string CrashingTest = "Crashing.FailsFast (support)";

    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_test_running_when_the_host_fails_fast_is_recorded_as_running_at_the_crash()
    {
        var runId = await CrashAsync(early: false);

        using var store = new SqliteResultStore(_file.Path);
        var crashed = Assert.Single(CrashedRuns.Recover(store, _file.Path));
        Assert.Equal(runId, crashed.RunId);
        Assert.Equal(new[] { CrashingTest }, crashed.RunningTests);
        var result = Assert.Single(store.GetTestRuns(runId), r => r.TestId == "Crashing.FailsFast[agent=support]");
        Assert.Equal(AgentTestStatus.Running, result.Status);
        Assert.Equal(CrashedRuns.RunningAtCrash, result.ErrorType);
        Assert.Equal("Security", result.TestType);
        Assert.Equal("support", result.AgentName);
        // The test that had ended is never taken for a running one: it is recorded, or named as a result the crash lost.
        Assert.DoesNotContain(store.GetTestRuns(runId), r => r.TestId.StartsWith("Crashing.Ends", StringComparison.Ordinal) && r.Status != AgentTestStatus.Passed);
        Assert.True(store.GetTestRuns(runId).Any(r => r.TestId.StartsWith("Crashing.Ends", StringComparison.Ordinal)) || crashed.LostResults.Contains("Crashing.Ends (support)"));
        Assert.Equal(1, store.GetRun(runId)!.Failed);
    }

    [Fact]
    public async Task A_host_that_fails_fast_before_the_store_opens_still_names_the_running_test()
    {
        await CrashAsync(early: true);

        using var store = new SqliteResultStore(_file.Path);
        var crashed = Assert.Single(CrashedRuns.Recover(store, _file.Path));
        Assert.Equal(new[] { CrashingTest }, crashed.RunningTests);
        Assert.Equal("Crashing.Tests.dll", store.GetRun(crashed.RunId)!.Info.Source);
        Assert.Contains(store.GetTestRuns(crashed.RunId), r => r.Status == AgentTestStatus.Running && r.DisplayName == CrashingTest);
    }

    [Fact]
    public async Task A_host_dying_of_an_unhandled_exception_names_the_running_tests_on_its_standard_error()
    {
        var (_, error) = await RunChildAsync("unhandled");

        // dotnet test prints a dead test host's standard error in its "test host process crashed" message.
        Assert.Contains($"[AgentGym] The test host is ending while 1 test(s) run: {CrashingTest}.", error, StringComparison.Ordinal);
        using var store = new SqliteResultStore(_file.Path);
        Assert.Equal(new[] { CrashingTest }, Assert.Single(CrashedRuns.Recover(store, _file.Path)).RunningTests);
    }

    [Fact]
    public async Task The_next_run_warns_once_naming_the_tests_that_were_running_when_the_host_died()
    {
        var runId = await CrashAsync(early: false);
        var warnings = new List<string>();

        using (var next = new ResultStoreListener(null, _file.Path, Run(), warnings.Add))
            next.OnTestCompleted(Result());
        using (var third = new ResultStoreListener(null, _file.Path, Run(), warnings.Add))
            third.OnTestCompleted(Result());

        var warning = Assert.Single(warnings);
        Assert.Contains($"Run {runId} of Crashing.Tests.dll", warning, StringComparison.Ordinal);
        Assert.Contains(CrashingTest, warning, StringComparison.Ordinal);
        Assert.Contains($"agentgym runs show {runId}", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_live_run_is_not_taken_for_a_crashed_one_and_leaves_no_journal_when_it_ends()
    {
        using var store = new SqliteResultStore(_file.Path);
        using (var live = new ResultStoreListener(null, _file.Path, Run(), _ => { }))
        {
            live.OnTestStarted(Result().Test);
            _ = live.RunId;

            Assert.Empty(CrashedRuns.Recover(store, _file.Path));
            live.OnTestCompleted(Result());
        }

        Assert.Empty(Directory.GetFiles(CrashedRuns.JournalFolder(_file.Path)));
        Assert.DoesNotContain(store.GetTestRuns(store.ListRuns(new RunQuery())[0].Id), r => r.Status == AgentTestStatus.Running);
    }

    [Fact]
    public void The_journals_of_a_postgresql_store_are_named_without_its_password()
    {
        var withPassword = CrashedRuns.JournalFolder("Host=db.example;Port=5432;Database=agentgym;Username=ci;Password=s3cret-value");
        var otherPassword = CrashedRuns.JournalFolder("Host=db.example;Port=5432;Database=agentgym;Username=ci;Password=another");
        var otherDatabase = CrashedRuns.JournalFolder("Host=db.example;Port=5432;Database=other;Username=ci;Password=s3cret-value");

        Assert.Equal(withPassword, otherPassword);
        Assert.NotEqual(withPassword, otherDatabase);
        Assert.DoesNotContain("s3cret", withPassword, StringComparison.Ordinal);
        Assert.Equal(_file.Path + ".running", CrashedRuns.JournalFolder(_file.Path));
    }

    [Fact]
    public void A_journal_line_cut_short_by_the_crash_is_skipped()
    {
        var text = RunJournalText.Parse(
            "{\"journal\":1,\"pid\":1,\"process_started\":\"2026-01-01T00:00:00Z\",\"source\":\"a.dll\",\"machine\":\"m\",\"started_at\":\"2026-01-01T00:00:00Z\"}\n"u8 +
            "{\"s\":1,\"id\":\"A\",\"name\":\"A\",\"display\":\"A\",\"type\":\"Functional\",\"agent\":null,\"at\":\"2026-01-01T00:00:01Z\"}\n"u8 +
            "\0\0\0\0\0\0\n{\"e\":1}\n{\"s\":2,\"id\":\"B\",\"na"u8);

        Assert.Equal("a.dll", text.Header!.Source);
        Assert.Equal("A", Assert.Single(text.Started).Value.Id);
        Assert.Contains(1L, text.Ended);
    }

    // Runs a child process that records a run in the store, ends one test, starts another, and calls Environment.FailFast.
    private async Task<long> CrashAsync(bool early)
    {
        var (output, _) = await RunChildAsync(early ? "early" : "late");
        return early ? 0 : long.Parse(output.Trim().Split(' ')[^1], CultureInfo.InvariantCulture);
    }

    private async Task<(string Output, string Error)> RunChildAsync(string how)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "AgentGym.Storage.Writer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", writer, "crash", _file.Path, how })
            start.ArgumentList.Add(argument);
        // No crash dump: the test needs the process gone, not a dump of it.
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var error = child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(child.ExitCode != 0, $"The child should have died.{Environment.NewLine}{await output}{await error}");
        Assert.Contains("A test ended the test host.", await error, StringComparison.Ordinal);
        return (await output, await error);
    }
}
