using System.Reflection;
using Microsoft.Testing.Platform.Extensions;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>How AgentGym names itself to Microsoft.Testing.Platform: in <c>--info</c>, the banner and reports.</summary>
internal sealed class AgentGymExtension : IExtension
{
    /// <inheritdoc />
    public string Uid => "AgentGym";

    /// <inheritdoc />
    public string DisplayName => "AgentGym";

    /// <inheritdoc />
    public string Version { get; } =
        typeof(AgentGymExtension).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(AgentGymExtension).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";

    /// <inheritdoc />
    public string Description => "Runs AgentGym agent tests and benchmarks on Microsoft.Testing.Platform.";

    /// <inheritdoc />
    public Task<bool> IsEnabledAsync() => Task.FromResult(true);
}
