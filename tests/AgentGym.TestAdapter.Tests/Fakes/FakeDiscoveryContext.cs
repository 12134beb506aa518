using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>A discovery context with runsettings and no filter, as Test Explorer gives.</summary>
public sealed class FakeDiscoveryContext(string? settingsXml = null) : IDiscoveryContext
{
    public IRunSettings? RunSettings { get; } = new FakeRunSettings(settingsXml);
}
