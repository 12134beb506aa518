using AgentGym.Configuration;

namespace AgentGym.Recording;

/// <summary>The old name of <see cref="CassetteSettings"/>, kept so that code written against it still builds.</summary>
[Obsolete("Use CassetteSettings: record and replay is done with cassettes.")]
public static class RecordingSettings
{
    /// <summary>The environment variable that, when set, wins over runsettings and the startup class for one invocation.</summary>
    public const string ModeVariable = CassetteSettings.ModeVariable;

    /// <summary>The file name ending of cassettes.</summary>
    public const string Extension = CassetteSettings.Extension;

    /// <summary>Gets the mode in force, as <see cref="CassetteSettings.EffectiveMode"/> does.</summary>
    /// <param name="options">The run's options.</param>
    /// <returns>The mode.</returns>
    public static RecordMode EffectiveMode(AgentGymOptions options) => CassetteSettings.EffectiveMode(options);

    /// <summary>Gets the cassette file of <paramref name="name"/>, as <see cref="CassetteSettings.CassettePath"/> does.</summary>
    /// <param name="options">The run's options.</param>
    /// <param name="name">The cassette's name.</param>
    /// <returns>The file's full path.</returns>
    public static string CassettePath(AgentGymOptions options, string name) => CassetteSettings.CassettePath(options, name);
}
