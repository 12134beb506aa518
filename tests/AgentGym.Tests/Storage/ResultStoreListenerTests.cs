using AgentGym.Definitions;
using AgentGym.Execution;
using AgentGym.Results;
using AgentGym.Storage;
using AgentGym.Storage.Sqlite;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class ResultStoreListenerTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Each_result_is_recorded_when_it_completes_and_passed_on()
    {
        var inner = new CollectingListener();
        using var listener = new ResultStoreListener(inner, _file.Path, Run(), _ => { });

        listener.OnTestCompleted(Result());

        using var store = new SqliteResultStore(_file.Path);
        Assert.Single(store.GetTestRuns(listener.RunId!.Value));
        Assert.Single(inner.Completed);
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
    public void A_flaky_result_says_so_in_its_output()
    {
        using (var first = new ResultStoreListener(null, _file.Path, Run(), _ => { }))
            first.OnTestCompleted(Result(status: AgentTestStatus.Passed));
        var inner = new CollectingListener();

        using (var second = new ResultStoreListener(inner, _file.Path, Run(), _ => { }))
            second.OnTestCompleted(Result(status: AgentTestStatus.Failed));

        Assert.Contains("Flaky", Assert.Single(inner.Completed).Output, StringComparison.Ordinal);
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

    private sealed class CollectingListener : IAgentTestRunListener
    {
        public List<AgentTestRun> Completed { get; } = [];

        public void OnTestStarted(AgentTestDefinition test)
        {
        }

        public void OnTestCompleted(AgentTestRun run) => Completed.Add(run);
    }
}
