namespace AgentGym.Hosting;

/// <summary>
/// Registers a test assembly's agents and services. Name it with <c>[assembly: AgentGymStartup(typeof(MyStartup))]</c>;
/// it runs once per test run, before the first test.
/// </summary>
public interface IAgentGymStartup
{
    /// <summary>Registers agents (<c>builder.AddAgent</c>), services (<c>builder.Services</c>) and options (<c>builder.Options</c>).</summary>
    /// <param name="builder">The builder.</param>
    void Configure(AgentGymBuilder builder);
}
