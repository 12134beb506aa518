using AgentGym.Configuration;

namespace AgentGym.Recording;

/// <summary>Turns the run's options into a mode and a cassette file.</summary>
internal static class RecordingSettings
{
    /// <summary>The environment variable that, when set, wins over runsettings and the startup class for one invocation.</summary>
    public const string ModeVariable = "AGENTGYM_RECORD_MODE";

    /// <summary>The file name ending of cassettes.</summary>
    public const string Extension = ".cassette.json";

    private const int ProjectSearchDepth = 6;

    public static RecordMode EffectiveMode(AgentGymOptions options) =>
        ParseMode(Environment.GetEnvironmentVariable(ModeVariable)) ?? options.RecordMode;

    public static RecordMode? ParseMode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (!value.AsSpan().ContainsAnyInRange('0', '9') && Enum.TryParse<RecordMode>(value.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode))
            return mode;
        throw new InvalidOperationException($"The environment variable {ModeVariable} is '{value}'; expected Off, Record, Replay or Auto.");
    }

    /// <summary>Gets the cassette file of <paramref name="name"/>: <c>{CassetteDirectory}/{name}.cassette.json</c>.</summary>
    public static string CassettePath(AgentGymOptions options, string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var fileName = new string([.. name.Select(c => invalid.Contains(c) || c == ' ' ? '_' : c)]) + Extension;
        return Path.Combine(ResolveDirectory(options.CassetteDirectory), fileName);
    }

    /// <summary>
    /// A relative folder is taken from the test project's folder (the nearest parent of the output folder that holds a
    /// project file), so that cassettes live next to the tests and are committed with them; else from the output folder.
    /// </summary>
    public static string ResolveDirectory(string directory)
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
