using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class ResultStoreListenerTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Each_result_is_passed_on_at_once_and_recorded_by_the_end_of_the_run()
    {
        var inner = new CollectingListener();
        long runId;
        using (var listener = new ResultStoreListener(inner, _file.Path, Run(), _ => { }))
        {
            runId = listener.RunId!.Value;
            listener.OnTestCompleted(Result());
            Assert.Single(inner.Completed);
        }

        using var store = new SqliteResultStore(_file.Path);
        Assert.Single(store.GetTestRuns(runId));
    }

    [Fact]
    public void Many_results_completing_at_once_are_all_recorded()
    {
        long runId;
        using (var listener = new ResultStoreListener(null, _file.Path, Run(), _ => { }))
        {
            runId = listener.RunId!.Value;
            Parallel.For(0, 1000, i => listener.OnTestCompleted(Result(test: $"Support.Test{i}")));
        }

        using var store = new SqliteResultStore(_file.Path);
        Assert.Equal(1000, store.GetTestRuns(runId).Count);
    }

    [Fact]
    public void A_corrupt_store_is_a_warning_and_results_still_reach_the_platform()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file.Path)!);
        File.WriteAllText(_file.Path, new string('x', 8192));
        var inner = new CollectingListener();
        var warnings = new List<string>();

        using (var listener = new ResultStoreListener(inner, _file.Path, Run(), warnings.Add))
            listener.OnTestCompleted(Result());

        Assert.Single(inner.Completed);
        Assert.Contains(_file.Path, Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flaky_result_is_named_in_a_run_warning()
    {
        using (var first = new ResultStoreListener(null, _file.Path, Run(), _ => { }))
            first.OnTestCompleted(Result(status: AgentTestStatus.Passed));
        var warnings = new List<string>();

        using (var second = new ResultStoreListener(null, _file.Path, Run(), warnings.Add))
            second.OnTestCompleted(Result(status: AgentTestStatus.Failed));

        var warning = Assert.Single(warnings);
        Assert.Contains("Flaky", warning, StringComparison.Ordinal);
        Assert.Contains(Result().Test.DisplayName, warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flaky_test_that_passes_again_is_not_warned_about_again()
    {
        var warnings = new List<string>();
        foreach (var status in new[] { AgentTestStatus.Passed, AgentTestStatus.Failed, AgentTestStatus.Passed, AgentTestStatus.Passed })
        {
            using var listener = new ResultStoreListener(null, _file.Path, Run(), warnings.Add);
            listener.OnTestCompleted(Result(status: status));
        }

        var warning = Assert.Single(warnings);
        Assert.Contains("did not pass, but passed in recent runs of the same commit", warning, StringComparison.Ordinal);
        Assert.StartsWith("Flaky:", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_marks_the_run_complete()
    {
        long runId;
        using (var listener = new ResultStoreListener(null, _file.Path, Run(), _ => { }))
            runId = listener.RunId!.Value;

        using var store = new SqliteResultStore(_file.Path);
        Assert.NotNull(store.GetRun(runId)!.CompletedAt);
    }

    [Fact]
    public void Tests_do_not_wait_for_the_store_to_open_and_their_results_are_recorded_once_it_is()
    {
        using var opening = new ManualResetEventSlim();
        var inner = new CollectingListener();
        long runId;
        using (var listener = new ResultStoreListener(inner, () => { opening.Wait(TimeSpan.FromMinutes(1)); return new SqliteResultStore(_file.Path); }, Run(), _ => { }))
        {
            // The store is still opening: the constructor has returned, and a result reaches the platform at once.
            listener.OnTestCompleted(Result(test: "Support.Early"));
            Assert.Single(inner.Completed);

            opening.Set();
            listener.OnTestCompleted(Result(test: "Support.Late"));
            runId = listener.RunId!.Value;
        }

        using var store = new SqliteResultStore(_file.Path);
        Assert.Equal(["Support.Early[agent=support]", "Support.Late[agent=support]"], store.GetTestRuns(runId).Select(r => r.TestId).Order());
    }

    private sealed class CollectingListener : IAgentTestRunListener
    {
        public List<AgentTestRun> Completed { get; } = [];

        public void OnTestStarted(AgentTestDefinition test)
        {
        }

        public void OnTestCompleted(AgentTestRun run) => Completed.Add(run);
    }
}
