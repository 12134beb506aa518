using System.Collections.Concurrent;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Execution;

/// <summary>Agents that block their threads hold only their own threads: timeouts and other tests go on.</summary>
public sealed class BlockingAgentTests : IDisposable
{
    private readonly ManualResetEventSlim _release = new();

    public void Dispose()
    {
        _release.Set();
        _release.Dispose();
    }

    public sealed class Blocking
    {
        [AgentTest(TimeoutSeconds = 1), Input("block")]
        public void Blocks()
        {
        }
    }

    [Fact]
    public async Task A_blocking_agent_does_not_run_on_a_thread_pool_thread()
    {
        var onPool = new ConcurrentBag<bool>();
        var run = await Gym.RunAsync<Blocking>(b => b.AddAgent("blocker", Agent.FromDelegate("blocker", _ =>
        {
            onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
            _release.Wait(CancellationToken.None);
            return new AgentResponse("late");
        })));

        Assert.Equal(AgentTestStatus.Timeout, run.Status);
        Assert.False(Assert.Single(onPool));
    }

    [Fact]
    public async Task Sixteen_agents_blocking_their_threads_time_out_and_an_unrelated_test_still_passes()
    {
        var blocking = Enumerable.Range(1, 16).Select(i => Test($"blocks{i}", "blocker", TimeSpan.FromSeconds(1)));
        var tests = blocking.Append(Test("quick", "quick", TimeSpan.FromSeconds(30))).ToList();
        var onPool = new ConcurrentBag<bool>();

        var runs = await Gym.RunAsync(tests, b => b
            .AddAgent("blocker", Agent.FromDelegate("blocker", _ =>
            {
                onPool.Add(Thread.CurrentThread.IsThreadPoolThread);
                _release.Wait(CancellationToken.None);
                return new AgentResponse("late");
            }))
            .AddAgent("quick", Agent.FromDelegate("quick", _ => new AgentResponse("done"))));

        // The agents are still blocked: every result was reported without them.
        Assert.False(_release.IsSet);
        Assert.Equal(17, runs.Count);
        Assert.All(runs.Where(r => r.AgentName == "blocker"), r => Assert.Equal(AgentTestStatus.Timeout, r.Status));
        Assert.Equal(AgentTestStatus.Passed, runs.Single(r => r.AgentName == "quick").Status);
        // How late a timeout may be is measured by TimeoutMarginBenchmarks; what keeps it small is that no blocked thread is
        // one of the thread pool's, which the timeouts and the other tests run on (16 of them would starve 2 cores' pool).
        Assert.NotEmpty(onPool);
        Assert.DoesNotContain(true, onPool);
    }

    private static AgentTestDefinition Test(string name, string agent, TimeSpan timeout) => new()
    {
        Id = name,
        FullName = name,
        DisplayName = name,
        Input = new AgentRequest("go"),
        AgentName = agent,
        Timeout = timeout,
    };
}
