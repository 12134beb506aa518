using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>Runsettings given as XML.</summary>
public sealed class FakeRunSettings(string? settingsXml) : IRunSettings
{
    public string? SettingsXml { get; } = settingsXml;

    public ISettingsProvider? GetSettings(string? settingsName) => null;
}
