using System.Threading.RateLimiting;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Agents;

public sealed class RequiresToolsTests : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });

    public sealed class NeedsSearch
    {
        [AgentTest, Input("Find the refund policy"), RequiresTools("search")]
        public static void Searches()
        {
        }
    }

    [Fact]
    public async Task Test_is_skipped_with_a_reason_that_names_the_missing_tool()
    {
        var run = await RunAsync(AgentWithTools("calculator"));

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Equal("Agent 'agent' does not offer the required tool(s) search; it offers: calculator.", run.SkipReason);
    }

    [Fact]
    public async Task Test_runs_when_the_agent_offers_the_tool()
    {
        var run = await RunAsync(AgentWithTools("calculator", "search"));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task Test_runs_when_a_chat_client_agent_has_the_tool_in_its_options()
    {
        var search = AIFunctionFactory.Create((string query) => "policy", "search");
        var agent = Agent.FromChatClient("chat", new ScriptedChatClient(ModelReply.Text("Refunds within 30 days.", 10, 5)), new ChatOptions { Tools = [search] });

        var run = await RunAsync(agent);

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task Test_runs_through_a_rate_limited_wrapper_when_the_inner_agent_offers_the_tool()
    {
        var run = await RunAsync(AgentWithTools("search").WithRateLimit(_limiter));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
    }

    [Fact]
    public async Task Test_is_skipped_through_a_rate_limited_wrapper_when_the_inner_agent_lacks_the_tool()
    {
        var run = await RunAsync(AgentWithTools("calculator").WithRateLimit(_limiter));

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Contains("does not offer the required tool(s) search", run.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_is_skipped_when_the_agent_does_not_say_which_tools_it_offers()
    {
        var run = await RunAsync(new EchoAgent());

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Equal(
            "Agent 'agent' does not say which tools it offers (implement IToolUsingAgent), so the required tools search cannot be checked.",
            run.SkipReason);
    }

    [Fact]
    public async Task Test_is_skipped_when_an_agent_wrapped_twice_does_not_say_which_tools_it_offers()
    {
        var run = await RunAsync(new EchoAgent().WithRateLimit(_limiter).WithRateLimit(_limiter));

        Assert.Equal(AgentTestStatus.Skipped, run.Status);
        Assert.Contains("does not say which tools it offers", run.SkipReason, StringComparison.Ordinal);
    }

    public void Dispose() => _limiter.Dispose();

    private static IAgent AgentWithTools(params string[] tools) =>
        Agent.FromDelegate("tools", request => new AgentResponse("done"), tools);

    private static Task<AgentTestRun> RunAsync(IAgent agent) => Gym.RunAsync<NeedsSearch>(b => b.AddAgent("agent", agent));
}
