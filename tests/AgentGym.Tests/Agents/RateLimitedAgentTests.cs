using System.Threading.RateLimiting;
using AgentGym.Agents;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Agents;

public sealed class RateLimitedAgentTests
{
    [Fact]
    public async Task Calls_through_a_concurrency_limiter_of_one_never_overlap()
    {
        var probe = new ConcurrencyProbeAgent { Held = true };
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 10 });
        var agent = probe.WithRateLimit(limiter);

        var calls = Enumerable.Range(0, 5).Select(i => agent.RunAsync(new AgentRequest($"task {i}"))).ToList();
        probe.Release();
        await Task.WhenAll(calls);

        Assert.Equal((5, 1), (probe.Calls, probe.MaxConcurrentCalls));
    }

    [Fact]
    public async Task Refused_lease_throws_an_InvalidOperationException_that_names_the_agent()
    {
        var probe = new ConcurrencyProbeAgent("support-bot") { Held = true };
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1, QueueLimit = 0 });
        var agent = probe.WithRateLimit(limiter);
        var first = agent.RunAsync(new AgentRequest("first"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => agent.RunAsync(new AgentRequest("second")));

        probe.Release();
        await first;
        Assert.Contains("Agent 'support-bot' was not called", refused.Message, StringComparison.Ordinal);
        Assert.Contains("rate limiter refused", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public void Rate_limited_agent_keeps_the_inner_agents_name()
    {
        using var limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions { PermitLimit = 1 });

        Assert.Equal("support-bot", new ConcurrencyProbeAgent("support-bot").WithRateLimit(limiter).Name);
    }
}
