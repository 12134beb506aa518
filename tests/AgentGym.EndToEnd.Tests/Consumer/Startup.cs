using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Hosting;
using Microsoft.Extensions.AI;

[assembly: AgentGymStartup(typeof(Consumer.Startup))]

namespace Consumer;

public sealed class Startup : IAgentGymStartup
{
    public void Configure(AgentGymBuilder builder)
    {
        builder.AddAgent("echo", Agent.FromDelegate("echo", EchoAsync));
        builder.AddAgent("shout", Agent.FromDelegate("shout", request => Answer(request.Task.ToUpperInvariant() + "!")));
        builder.AddJudge(new FaultyJudge());
    }

    // The cancellation test names a file in CONSUMER_HOLD_FILE: the agent writes it to say it has started, then waits until
    // the run is cancelled.
    private static async Task<AgentResponse> EchoAsync(AgentRequest request, CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("CONSUMER_HOLD_FILE") is { Length: > 0 } holdFile)
        {
            await File.WriteAllTextAsync(holdFile, request.Task, CancellationToken.None);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return Answer("echo: " + request.Task);
    }

    private static AgentResponse Answer(string text) =>
        new(text) { Usage = new UsageDetails { InputTokenCount = 21, OutputTokenCount = 8, TotalTokenCount = 29 } };
}
