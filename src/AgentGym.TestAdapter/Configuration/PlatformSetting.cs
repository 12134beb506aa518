namespace AgentGym.TestAdapter.Configuration;

/// <summary>
/// One AgentGym setting from Microsoft.Testing.Platform's configuration: the <c>agentgym</c> section of the project's
/// <c>testconfig.json</c> (or the file <c>--config-file</c> names), read by the same rule as the runsettings element of the
/// same name.
/// </summary>
/// <param name="Name">The setting's name, one of the runsettings names (<c>Store</c>, <c>MaxConcurrency</c>...).</param>
/// <param name="Value">The text the configuration holds.</param>
internal sealed record PlatformSetting(string Name, string Value)
{
    /// <summary>The name of AgentGym's section in <c>testconfig.json</c>.</summary>
    public const string SectionName = "agentgym";

    /// <summary>Gets where the value came from, as the user wrote it: <c>testconfig.json agentgym:Store</c>.</summary>
    public string Where => $"testconfig.json {SectionName}:{Name}";
}
