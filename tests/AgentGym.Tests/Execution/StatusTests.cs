using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Execution;
using AgentGym.Results;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

public sealed class StatusTests
{
    public sealed class CallsAgent
    {
        [AgentTest]
        public Task<AgentResponse> Calls(IAgent agent) => agent.RunAsync(new AgentRequest("hi"));
    }

    public sealed class AssertsOnResponse
    {
        [AgentTest, Input("hi")]
        public void Checks(AgentResponse response) => Assert.Equal("expected", response.Text);
    }

    public sealed class CatchesAgentError
    {
        [AgentTest]
        public async Task Recovers(IAgent agent)
        {
            try
            {
                await agent.RunAsync(new AgentRequest("hi"));
            }
            catch (InvalidOperationException)
            {
                AgentTestContext.Current!.WriteLine("agent failed as expected");
            }
        }
    }

    [Fact]
    public async Task An_exception_from_the_agent_is_an_error()
    {
        var run = await EngineHarness.RunSingleAsync<CallsAgent>("broken", (_, _) => throw new InvalidOperationException("model unavailable"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Equal(typeof(InvalidOperationException).FullName, run.Error!.Type);
        Assert.Equal("model unavailable", run.Error.Message);
    }

    [Fact]
    public async Task A_failed_assertion_in_the_body_is_a_failure()
    {
        var run = await EngineHarness.RunSingleAsync<AssertsOnResponse>("echo", (r, _) => Task.FromResult(new AgentResponse("something else")));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("something else", run.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_error_the_body_handles_does_not_fail_the_test_and_output_is_kept()
    {
        var run = await EngineHarness.RunSingleAsync<CatchesAgentError>("broken", (_, _) => throw new InvalidOperationException("down"));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Contains("agent failed as expected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agent_name_is_an_error_that_lists_the_registered_agents()
    {
        var runs = await EngineHarness.RunAsync<UsesMissingAgent>(b => b.AddAgent("real", Agent.FromDelegate("real", r => new AgentResponse())));

        var run = Assert.Single(runs);
        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("'ghost' is not registered", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("real", run.Error.Message, StringComparison.Ordinal);
    }

    [UseAgent("ghost")]
    public sealed class UsesMissingAgent
    {
        [AgentTest, Input("hi")]
        public void Runs()
        {
        }
    }

    [Fact]
    public async Task A_skipped_test_does_not_call_the_agent()
    {
        var calls = 0;
        var run = await EngineHarness.RunSingleAsync<Skipped>("counted", (_, _) =>
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult(new AgentResponse());
        });

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Equal("waiting for the new model", run.SkipReason);
        Assert.Equal(0, calls);
    }

    public sealed class Skipped
    {
        [AgentTest(Skip = "waiting for the new model"), Input("hi")]
        public void Runs()
        {
        }
    }

    [Fact]
    public async Task A_test_class_whose_constructor_needs_an_unregistered_service_is_an_error()
    {
        var run = await EngineHarness.RunSingleAsync<NeedsService>("a", (_, _) => Task.FromResult(new AgentResponse()));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("Cannot create test class", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(IFormatProvider), run.Error.Message, StringComparison.Ordinal);
    }

    public sealed class NeedsService(IFormatProvider provider)
    {
        [AgentTest, Input("hi")]
        public void Runs() => Assert.NotNull(provider);
    }
}
