using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Results;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class ConcurrencyTests
{
    public sealed class TwentyInputs
    {
        public static IEnumerable<string> Tasks => Enumerable.Range(1, 20).Select(i => $"task {i}");

        [AgentTest, InputSource(nameof(Tasks))]
        public void Runs()
        {
        }
    }

    /// <summary>An agent that records how many of its calls overlap; the first calls wait until <paramref name="expected"/> are in flight, later ones pass straight through.</summary>
    private sealed class OverlapProbe(int expected)
    {
        private readonly TaskCompletionSource _allIn = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inFlight;
        private int _maxInFlight;

        public int MaxInFlight => Volatile.Read(ref _maxInFlight);

        public IAgent Agent => AgentGym.Agents.Agent.FromDelegate("probe", async (AgentRequest _, CancellationToken token) =>
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _maxInFlight, now);
            if (now >= expected)
                _allIn.TrySetResult();
            await _allIn.Task.WaitAsync(token).ConfigureAwait(false);
            Interlocked.Decrement(ref _inFlight);
            return new AgentResponse("ok");
        });

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }

    [Fact]
    public async Task Tests_run_concurrently_up_to_the_default_limit()
    {
        var probe = new OverlapProbe(expected: 20);

        var runs = await EngineHarness.RunAsync<TwentyInputs>(b => b.AddAgent("probe", probe.Agent));

        Assert.Equal(20, runs.Count);
        Assert.All(runs, r => Assert.Equal(AgentTestStatus.Passed, r.Status));
        Assert.Equal(20, probe.MaxInFlight);
    }

    [Fact]
    public async Task MaxConcurrency_caps_how_many_tests_run_at_once()
    {
        var probe3 = new OverlapProbe(expected: 3);
        var options = new AgentGymOptions { MaxConcurrency = 3 };

        var runs = await EngineHarness.RunAsync<TwentyInputs>(b => b.AddAgent("probe", probe3.Agent), options);

        Assert.Equal(20, runs.Count);
        Assert.All(runs, r => Assert.Equal(AgentTestStatus.Passed, r.Status));
        Assert.Equal(3, probe3.MaxInFlight);
    }

    [Fact]
    public async Task Cancelling_the_run_stops_running_tests_and_starts_no_more()
    {
        using var cts = new CancellationTokenSource();
        var started = 0;
        var agentsCancelled = new CountdownEvent(2);
        var agent = Agent.FromDelegate("slow", async (AgentRequest _, CancellationToken token) =>
        {
            if (Interlocked.Increment(ref started) == 2)
                await cts.CancelAsync();
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                agentsCancelled.Signal();
                throw;
            }

            return new AgentResponse();
        });
        var options = new AgentGymOptions { MaxConcurrency = 2 };

        var runs = await EngineHarness.RunAsync<TwentyInputs>(b => b.AddAgent("slow", agent), options, cts.Token);

        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(AgentTestStatus.Cancelled, r.Status));
        // The running agents' own tokens are cancelled too, so they stop instead of running on unobserved.
        Assert.True(agentsCancelled.Wait(TimeSpan.FromSeconds(30)), $"{agentsCancelled.CurrentCount} agent(s) still running.");
    }
}
