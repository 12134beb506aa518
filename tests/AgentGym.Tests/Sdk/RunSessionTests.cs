using System.Reflection;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Storage;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Sdk;

public sealed class RunSessionTests : IDisposable
{
    private readonly TempStoreFile _file = new();
    private readonly CollectedLog _log = new();

    public void Dispose() => _file.Dispose();

    public sealed class Regression
    {
        [AgentTest(Type = AgentTestType.Regression), Input("refund order 42")]
        [Baseline(MaxTokenIncreasePercent = 20)]
        public static void Tokens_stay_near_the_baseline(AgentResponse response) => Assert.NotNull(response);
    }

    [Fact]
    public async Task A_front_end_built_on_the_session_gets_baseline_comparison_without_extra_wiring()
    {
        await RunRegressionAsync(tokens: 100);

        var run = await RunRegressionAsync(tokens: 130);

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("tokens 100 -> 130 (+30%, at most +20%)", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
        Assert.Contains(_log.Infos, m => m.Contains("recording run", StringComparison.Ordinal) && m.Contains(_file.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_store_the_baseline_says_so_instead_of_comparing()
    {
        var run = await RunRegressionAsync(tokens: 100, store: "off");

        Assert.Contains("no results store", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Selection_applies_the_filter_then_the_shard_by_item_id()
    {
        var items = Enumerable.Range(0, 40).Select(i => Item($"Suite.Class.Test{i}")).Append(RunItem.ForBenchmark(typeof(Regression))).ToList();
        var shard = new TestShard(2, 3);
        using var session = new SessionScope(Open(new AgentGymOptions { Shard = shard }));

        var selected = session.Value.Select(items, i => !i.Id.EndsWith('7'));

        Assert.Equal(items.Where(i => !i.Id.EndsWith('7') && shard.Includes(i.Id)), selected);
        Assert.Contains(_log.Infos, m => m.Contains($"shard 2/3 runs {selected.Count} of ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_benchmark_class_is_keyed_by_its_full_name_and_has_no_test_definition()
    {
        var item = RunItem.ForBenchmark(typeof(Regression));

        Assert.Equal((RunItemKind.Benchmark, typeof(Regression).FullName), (item.Kind, item.Id));
        Assert.Null(item.Test);
    }

    [Fact]
    public void Items_that_share_an_id_keep_both_and_the_second_is_named_apart()
    {
        using var session = new SessionScope(Open(discoverers: [new FixedDiscoverer([Item("A.B.C"), Item("A.B.C")])]));

        var items = session.Value.Discover();

        Assert.Equal(["A.B.C", "A.B.C#2"], items.Select(i => i.Id));
        Assert.Contains("'A.B.C'", Assert.Single(_log.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_discoverer_that_fails_is_an_error_and_the_others_still_find_their_items()
    {
        using var session = new SessionScope(Open(discoverers: [new FixedDiscoverer(null), new FixedDiscoverer([Item("A.B.C")])]));

        var items = session.Value.Discover();

        Assert.Equal("A.B.C", Assert.Single(items).Id);
        Assert.Contains("fixed items", Assert.Single(_log.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_begun_elsewhere_are_recorded_into_and_each_reads_its_own_baseline_at_once()
    {
        var test = RunItem.ForTest(Assert.Single(AttributeTestDiscoverer.Discover(typeof(Regression))));
        using var store = new SqliteResultStore(_file.Path);
        var baseline = store.BeginRun(new RunInfo { Branch = "main", Commit = "a" });
        await using (var before = Session(tokens: 100, store: "off"))
            await before.RunTestsAsync([test], store, baseline);
        store.CompleteRun(baseline, DateTimeOffset.UtcNow);
        var first = store.BeginRun(new RunInfo { Branch = "main", Commit = "b" });
        var second = store.BeginRun(new RunInfo { Branch = "main", Commit = "b" });
        await using var session = Session(tokens: 130, store: "off");

        var runs = await Task.WhenAll(session.RunTestsAsync([test], store, first), session.RunTestsAsync([test], store, second));

        Assert.All(runs, run => Assert.Contains("tokens 100 -> 130", Assert.Single(Assert.Single(run).Validations).Message, StringComparison.Ordinal));
        Assert.Equal(AgentTestStatus.Failed, Assert.Single(store.GetTestRuns(first)).Status);
        Assert.Equal(AgentTestStatus.Failed, Assert.Single(store.GetTestRuns(second)).Status);
        // The run stays the caller's to end.
        Assert.Null(store.GetRun(first)!.CompletedAt);
    }

    [Fact]
    public async Task A_benchmark_is_not_run_as_a_test()
    {
        await using var session = Open();

        await Assert.ThrowsAsync<ArgumentException>(() => session.RunTestsAsync([RunItem.ForBenchmark(typeof(Regression))]));
    }

    private async Task<AgentTestRun> RunRegressionAsync(long tokens, string? store = null)
    {
        await using var session = Session(tokens, store ?? _file.Path);
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(Regression)));
        return Assert.Single(await session.RunTestsAsync([RunItem.ForTest(test)]));
    }

    // A session whose agent answers with the given token usage.
    private RunSession Session(long tokens, string store) => RunSession.Open(new RunSessionOptions
    {
        Startup = b => b.AddAgent("support", Agent.FromDelegate("support", _ =>
            new AgentResponse("refund issued") { Usage = new UsageDetails { InputTokenCount = tokens / 2, OutputTokenCount = tokens - (tokens / 2), TotalTokenCount = tokens } })),
        Options = new AgentGymOptions { Store = store },
        Log = _log,
    });

    private RunSession Open(AgentGymOptions? options = null, IReadOnlyList<IRunItemDiscoverer>? discoverers = null) => RunSession.Open(new RunSessionOptions
    {
        Assembly = typeof(RunSessionTests).Assembly,
        Options = options ?? new AgentGymOptions { Store = "off" },
        Discoverers = discoverers ?? [AgentTestDiscoverer.Instance],
        Log = _log,
    });

    private static RunItem Item(string id) => RunItem.ForTest(new AgentTestDefinition { Id = id, FullName = id, DisplayName = id });

    private sealed class FixedDiscoverer(IReadOnlyList<RunItem>? items) : IRunItemDiscoverer
    {
        public string Finds => "fixed items";

        public IEnumerable<RunItem> Discover(Assembly assembly) => items ?? throw new InvalidOperationException("broken discoverer");
    }

    private sealed class SessionScope(RunSession session) : IDisposable
    {
        public RunSession Value => session;

        public void Dispose() => session.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
