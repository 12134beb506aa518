using AgentGym.Configuration;

namespace AgentGym.Recording;

/// <summary>Turns the run's options into the record/replay mode in force and a cassette file, for the cassette wrappers.</summary>
public static class CassetteSettings
{
    /// <summary>The environment variable that, when set, wins over runsettings and the startup class for one invocation.</summary>
    public const string ModeVariable = "AGENTGYM_RECORD_MODE";

    /// <summary>The file name ending of cassettes.</summary>
    public const string Extension = ".cassette.json";

    private const int ProjectSearchDepth = 6;

    /// <summary>Gets the mode in force: <c>AGENTGYM_RECORD_MODE</c> when it is set, else <see cref="AgentGymOptions.RecordMode"/>.</summary>
    /// <param name="options">The run's options.</param>
    /// <returns>The mode.</returns>
    /// <exception cref="InvalidOperationException">The environment variable holds no mode; the message shows its value.</exception>
    public static RecordMode EffectiveMode(AgentGymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var effective = new AgentGymOptions { RecordMode = options.RecordMode };
        return Sdk.RunOptionText.TrySetFromEnvironment(effective, Sdk.RunOptionText.RecordMode) is { } error
            ? throw new InvalidOperationException($"The environment variable {error}")
            : effective.RecordMode;
    }

    internal static RecordMode? ParseMode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var read = new AgentGymOptions();
        return Sdk.RunOptionText.TrySet(read, Sdk.RunOptionText.RecordMode, value, ModeVariable) is { } error
            ? throw new InvalidOperationException($"The environment variable {error}")
            : read.RecordMode;
    }

    /// <summary>Gets the cassette file of <paramref name="name"/>: <c>{CassetteDirectory}/{name}.cassette.json</c>.</summary>
    /// <param name="options">The run's options.</param>
    /// <param name="name">The cassette's name, such as an agent's name.</param>
    /// <returns>The file's full path.</returns>
    public static string CassettePath(AgentGymOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var invalid = Path.GetInvalidFileNameChars();
        var fileName = new string([.. name.Select(c => invalid.Contains(c) || c == ' ' ? '_' : c)]) + Extension;
        return Path.Combine(ResolveDirectory(options.CassetteDirectory), fileName);
    }

    /// <summary>
    /// A relative folder is taken from the test project's folder (the nearest parent of the output folder that holds a
    /// project file), so that cassettes live next to the tests and are committed with them; else from the output folder.
    /// </summary>
    internal static string ResolveDirectory(string directory)
    {
        if (Path.IsPathRooted(directory))
            return directory;
        var baseDirectory = AppContext.BaseDirectory;
        var current = new DirectoryInfo(baseDirectory);
        for (var depth = 0; current is not null && depth < ProjectSearchDepth; depth++, current = current.Parent)
        {
            if (current.EnumerateFiles("*.csproj").Any())
                return Path.GetFullPath(Path.Combine(current.FullName, directory));
        }

        return Path.GetFullPath(Path.Combine(baseDirectory, directory));
    }
}
