using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;
using AgentGym.TestAdapter.Fixtures;
using Microsoft.Extensions.AI;

[assembly: AgentGymStartup(typeof(FixtureStartup))]

namespace AgentGym.TestAdapter.Fixtures;

/// <summary>Registers the fixture agents: two that answer at once and report token usage, and one that never answers.</summary>
public sealed class FixtureStartup : IAgentGymStartup
{
    public const string Echo = "echo";
    public const string Upper = "upper";
    public const string Stuck = "stuck";

    public void Configure(AgentGymBuilder builder)
    {
        builder.AddAgent(Echo, Agent.FromDelegate(Echo, request => Answer("echo: " + request.Task)));
        builder.AddAgent(Upper, Agent.FromDelegate(Upper, request => Answer(request.Task.ToUpperInvariant())));
        builder.AddAgent(Stuck, Agent.FromDelegate(Stuck, async (request, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return new AgentResponse("never");
        }));
    }

    private static AgentResponse Answer(string text) =>
        new(text) { Usage = new UsageDetails { InputTokenCount = 12, OutputTokenCount = 7, TotalTokenCount = 19 } };
}
