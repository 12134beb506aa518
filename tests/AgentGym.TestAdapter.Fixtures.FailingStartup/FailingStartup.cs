using AgentGym.Attributes;
using AgentGym.Hosting;
using AgentGym.TestAdapter.Fixtures.FailingStartup;

[assembly: AgentGymStartup(typeof(FailingStartup))]

namespace AgentGym.TestAdapter.Fixtures.FailingStartup;

/// <summary>A startup class that fails, as one does when an endpoint or a key is missing.</summary>
public sealed class FailingStartup : IAgentGymStartup
{
    public const string Message = "The model endpoint is not configured.";

    public void Configure(AgentGymBuilder builder) => throw new InvalidOperationException(Message);
}
