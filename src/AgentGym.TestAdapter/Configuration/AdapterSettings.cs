using AgentGym.Configuration;

namespace AgentGym.TestAdapter.Configuration;

/// <summary>What the runsettings say to AgentGym, and what was wrong in them.</summary>
/// <param name="Options">The engine options; defaults where a value was missing or wrong.</param>
/// <param name="Errors">Values that could not be used, each naming its element.</param>
/// <param name="Warnings">Elements that were ignored, such as unknown names in the <c>&lt;AgentGym&gt;</c> section.</param>
internal sealed record AdapterSettings(AgentGymOptions Options, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>Gets the settings of a run without runsettings.</summary>
    public static AdapterSettings Default => new(new AgentGymOptions(), [], []);
}
