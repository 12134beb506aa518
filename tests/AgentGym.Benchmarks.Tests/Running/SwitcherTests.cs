using AgentGym.Agents;
using AgentGym.Benchmarks.Running;
using AgentGym.Benchmarks.Tests.Fakes;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Tests.Running;

[Collection(nameof(RefundBenchmark))]
public sealed class SwitcherTests : IDisposable
{
    private readonly RunnerHarness _harness = new();
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _harness.Dispose();
        _output.Dispose();
    }

    [Fact]
    public async Task Cancelling_stops_the_whole_run_writes_what_ran_and_says_so_in_the_exit_code()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        var secondClassCalls = 0;
        var stopper = Agent.FromDelegate("stopper", (request, _) =>
        {
            if (request.Task == "anything else")
                Interlocked.Increment(ref secondClassCalls);
            if (Interlocked.Increment(ref calls) == 10)
                cancellation.Cancel();
            return Task.FromResult(new AgentResponse("done"));
        });
        var config = _harness.Config.WithStartup(b => b.AddAgent("stopper", stopper)).WithOutput(_output);

        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(LongBenchmark), typeof(SecondLongBenchmark)).RunAsync([], config, cancellation.Token);

        Assert.Equal(AgentBenchmarkExitCodes.Cancelled, result.ExitCode);
        var run = Assert.Single(result.Runs);
        Assert.Equal(typeof(LongBenchmark).FullName, run.Title);
        Assert.True(run.WasCancelled);
        Assert.All(run.Artifacts, path => Assert.True(File.Exists(path), path));
        Assert.InRange(run.Iterations.Count, 1, 49);
        Assert.Equal(0, Volatile.Read(ref secondClassCalls));
        Assert.Contains($"// CANCELLED: not run: {typeof(SecondLongBenchmark).FullName}", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_run_exits_with_0()
    {
        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(DatasetBenchmark)).RunAsync(["--iterations", "1", "--warmup", "0"], _harness.Config);

        Assert.Equal(AgentBenchmarkExitCodes.Success, result.ExitCode);
        Assert.Single(result.Runs);
    }

    [Theory]
    [InlineData(new[] { "--bogus" }, "Unknown argument '--bogus'.")]
    [InlineData(new[] { "--iterations", "abc" }, "--iterations 'abc' is not a whole number of 0 or more.")]
    [InlineData(new[] { "--iterations", "0" }, "--iterations: ")]
    [InlineData(new[] { "--filter" }, "--filter needs a value.")]
    [InlineData(new[] { "--warmup", "--list" }, "--warmup needs a value.")]
    public async Task A_bad_argument_is_a_message_with_the_usage_and_exit_code_2(string[] args, string message)
    {
        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark)).RunAsync(args, _harness.Config.WithOutput(_output));

        Assert.Equal(AgentBenchmarkExitCodes.InvalidArguments, result.ExitCode);
        Assert.Empty(result.Runs);
        Assert.Contains("error: " + message, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--filter <glob>", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _harness.Good.Calls);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_how_to_list_the_benchmarks_and_exits_with_1()
    {
        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark)).RunAsync(["--filter", "*Nothing*"], _harness.Config.WithOutput(_output));

        Assert.Equal(AgentBenchmarkExitCodes.NothingSelected, result.ExitCode);
        Assert.Contains("The filter '*Nothing*' that you have provided returned 0 benchmarks. Run with '--list flat'", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _harness.Good.Calls);
    }

    [Fact]
    public async Task List_prints_every_task_by_its_full_name_and_runs_nothing()
    {
        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark), typeof(DatasetBenchmark)).RunAsync(["--list"], _harness.Config.WithOutput(_output));

        Assert.Equal(AgentBenchmarkExitCodes.Success, result.ExitCode);
        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"{typeof(RefundBenchmark).FullName}.Refund", lines);
        Assert.Contains(lines, l => l.StartsWith(typeof(DatasetBenchmark).FullName + ".", StringComparison.Ordinal));
        Assert.Equal(0, _harness.Good.Calls);
    }

    [Fact]
    public async Task List_tree_prints_each_class_with_its_tasks_under_it_and_honours_the_filter()
    {
        await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark), typeof(DatasetBenchmark)).RunAsync(["--list", "tree", "--filter", "RefundBenchmark.*"], _harness.Config.WithOutput(_output));

        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(typeof(RefundBenchmark).FullName, lines[0]);
        Assert.StartsWith(" ├─", lines[1], StringComparison.Ordinal);
        Assert.StartsWith(" └─", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains(nameof(DatasetBenchmark), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_classes_of_a_run_share_one_session_so_the_startup_class_runs_once()
    {
        var startups = 0;
        var config = _harness.Config.WithStartup(b =>
        {
            Interlocked.Increment(ref startups);
            b.AddAgent("good", _harness.Good).AddAgent("bad", _harness.Bad);
        });

        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark), typeof(DatasetBenchmark)).RunAsync(["--iterations", "1", "--warmup", "0"], config);

        Assert.Equal(AgentBenchmarkExitCodes.Success, result.ExitCode);
        Assert.Equal(2, result.Runs.Count);
        Assert.Equal(1, startups);
    }

    [Fact]
    public async Task Shards_split_the_classes_by_the_key_every_front_end_uses_and_run_each_once()
    {
        Type[] classes = [typeof(RefundBenchmark), typeof(DatasetBenchmark)];
        var ran = new List<string>();

        foreach (var part in new[] { "1/2", "2/2" })
        {
            var result = await AgentBenchmarkSwitcher.FromTypes(classes).RunAsync(["--shard", part, "--iterations", "1", "--warmup", "0"], _harness.Config.WithOutput(_output));

            Assert.Equal(AgentBenchmarkExitCodes.Success, result.ExitCode);
            Assert.True(TestShard.TryParse(part, out var shard));
            Assert.Equal(classes.Where(c => shard!.Includes(c.FullName!)).Select(c => c.FullName), result.Runs.Select(r => r.Title));
            Assert.Contains($"// Shard {part}: {result.Runs.Count} of 2 benchmark class(es)", _output.ToString(), StringComparison.Ordinal);
            ran.AddRange(result.Runs.Select(r => r.Title));
        }

        Assert.Equal(classes.Select(c => c.FullName).Order(), ran.Order());
    }

    [Fact]
    public async Task A_bad_shard_is_the_run_option_message_and_exit_code_2()
    {
        var result = await AgentBenchmarkSwitcher.FromTypes(typeof(RefundBenchmark)).RunAsync(["--shard", "3/2"], _harness.Config.WithOutput(_output));

        Assert.Equal(AgentBenchmarkExitCodes.InvalidArguments, result.ExitCode);
        Assert.Contains("error: --shard is '3/2'; expected i/n with 1 <= i <= n, such as 2/3.", _output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _harness.Good.Calls);
    }
}
