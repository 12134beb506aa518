using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class TimeoutTests : IDisposable
{
    // Hung agents and bodies wait on this; each test releases them when it ends.
    private static TaskCompletionSource<bool> Never = new();

    public TimeoutTests() => Never = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Dispose() => Never.TrySetResult(true);

    public sealed class IgnoresCancellation
    {
        [AgentTest(TimeoutSeconds = 1), Input("wait forever")]
        public void Waits()
        {
        }
    }

    public sealed class HonoursCancellation
    {
        [AgentTest(TimeoutSeconds = 1)]
        public Task<AgentResponse> Waits(IAgent agent, CancellationToken cancellationToken) => agent.RunAsync(new AgentRequest("wait"), cancellationToken);
    }

    public sealed class BlocksItsThread
    {
        [AgentTest(TimeoutSeconds = 1)]
        public void Blocks() => Never.Task.Wait();
    }

    [Fact]
    public async Task Timeout_is_reported_when_agent_ignores_cancellation()
    {
        var run = await EngineHarness.RunSingleAsync<IgnoresCancellation>("stuck", async (_, _) =>
        {
            await Never.Task;
            return new AgentResponse();
        });

        Assert.Equal(AgentTestStatus.Timeout, run.Status);
        Assert.Contains("timeout of 1 s", run.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_cancels_the_agents_token()
    {
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = await EngineHarness.RunSingleAsync<HonoursCancellation>("polite", async (_, token) =>
        {
            await using (token.Register(() => cancelled.TrySetResult(true)))
                await Task.Delay(Timeout.Infinite, token);
            return new AgentResponse();
        });

        Assert.Equal(AgentTestStatus.Timeout, run.Status);
        Assert.True(await cancelled.Task);
    }

    [Fact]
    public async Task The_agents_token_is_cancelled_by_the_time_its_timeout_is_reported()
    {
        // Several at once, so that the engine's timers crowd together as they do in a real run.
        var told = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            var agentToken = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
            var run = await EngineHarness.RunSingleAsync<HonoursCancellation>("polite", async (_, token) =>
            {
                agentToken.TrySetResult(token);
                await Task.Delay(Timeout.Infinite, token);
                return new AgentResponse();
            });
            return (run.Status, Told: (await agentToken.Task).IsCancellationRequested);
        }));

        Assert.All(told, t => Assert.Equal((AgentTestStatus.Timeout, true), t));
    }

    [Fact]
    public async Task Timeout_is_reported_when_the_test_body_blocks_its_thread()
    {
        var run = await EngineHarness.RunSingleAsync<BlocksItsThread>("idle", (_, _) => Task.FromResult(new AgentResponse()));

        Assert.Equal(AgentTestStatus.Timeout, run.Status);
    }

    [Fact]
    public async Task Other_tests_finish_while_one_agent_hangs()
    {
        var runs = await EngineHarness.RunAsync<MixedHangingAndQuick>(b => b
            .AddAgent("stuck", Agent.FromDelegate("stuck", async (AgentRequest _) => { await Never.Task; return new AgentResponse(); }))
            .AddAgent("quick", Agent.FromDelegate("quick", r => new AgentResponse("done"))));

        Assert.Equal(AgentTestStatus.Timeout, runs.Single(r => r.AgentName == "stuck").Status);
        Assert.Equal(AgentTestStatus.Passed, runs.Single(r => r.AgentName == "quick").Status);
    }

    [UseAgents("stuck", "quick")]
    public sealed class MixedHangingAndQuick
    {
        // The quick agent must answer within the timeout to pass: room for a busy machine's first attempt.
        [AgentTest(TimeoutSeconds = 5), Input("go")]
        public void Runs()
        {
        }
    }
}
