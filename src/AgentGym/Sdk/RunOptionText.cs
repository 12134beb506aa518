using System.Globalization;
using AgentGym.Configuration;
using AgentGym.Recording;

namespace AgentGym.Sdk;

/// <summary>
/// Reads run options from text by one rule, whatever carried the text: a runsettings element, an environment variable, a
/// command-line option or a field of an HTTP body. A bad value gets one message, naming where it came from, what it was and
/// what was expected; the front end decides what follows (a run-level error, exit code 1, HTTP 400).
/// </summary>
public static class RunOptionText
{
    /// <summary>How many test cases run at once: a whole number of 1 or more.</summary>
    public const string MaxConcurrency = "MaxConcurrency";

    /// <summary>The timeout of an attempt when a test sets none, in seconds above 0.</summary>
    public const string DefaultTimeoutSeconds = "DefaultTimeoutSeconds";

    /// <summary>How much each result shows: Minimal, Normal or Detailed.</summary>
    public const string Verbosity = "Verbosity";

    /// <summary>Whether model and HTTP agent calls are recorded to cassettes or replayed: Off, Record, Replay or Auto.</summary>
    public const string RecordMode = "RecordMode";

    /// <summary>The folder of cassette files.</summary>
    public const string CassetteDirectory = "CassetteDirectory";

    /// <summary>The results store: a SQLite file, a PostgreSQL connection string, or <c>off</c>.</summary>
    public const string Store = "Store";

    /// <summary>The branch whose last passing run is the baseline of regression tests.</summary>
    public const string BaselineBranch = "BaselineBranch";

    /// <summary>The part of the suite to run, <c>i/n</c>.</summary>
    public const string Shard = "Shard";

    /// <summary>The most characters of a response text that results keep: a whole number of 1 or more.</summary>
    public const string MaxResponseTextLength = "MaxResponseTextLength";

    /// <summary>The name shared by the runs of one CI job (shards, several projects), which <c>agentgym report --group</c> merges.</summary>
    public const string RunGroup = "RunGroup";
    /// <summary>Which tests run: <c>failed</c> or <c>errored</c> (those of the last recorded run), or <c>off</c> for all.</summary>
    public const string Rerun = "Rerun";

    private static readonly Rule[] Rules =
    [
        new(MaxConcurrency, "a whole number of 1 or more", (o, v) =>
            int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && Set(() => o.MaxConcurrency = n)),
        new(DefaultTimeoutSeconds, "a number of seconds above 0", (o, v) =>
            double.TryParse(v, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= int.MaxValue && Set(() => o.DefaultTimeout = TimeSpan.FromSeconds(s))),
        new(Verbosity, "Minimal, Normal or Detailed", (o, v) =>
            TryParseName<OutputVerbosity>(v, out var verbosity) && Set(() => o.Verbosity = verbosity)),
        new(RecordMode, "Off, Record, Replay or Auto", (o, v) =>
            TryParseName<RecordMode>(v, out var mode) && Set(() => o.RecordMode = mode), CassetteSettings.ModeVariable),
        new(CassetteDirectory, "a folder", (o, v) => v.Length > 0 && Set(() => o.CassetteDirectory = v)),
        new(Store, "a SQLite file, a PostgreSQL connection string or off", (o, v) => v.Length > 0 && Set(() => o.Store = v), StoreSettings.StoreVariable),
        new(BaselineBranch, "a branch name", (o, v) => v.Length > 0 && Set(() => o.BaselineBranch = v)),
        new(Shard, "i/n with 1 <= i <= n, such as 2/3", (o, v) => TestShard.TryParse(v, out var shard) && Set(() => o.Shard = shard)),
        new(MaxResponseTextLength, "a whole number of characters, 1 or more", (o, v) =>
            int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && Set(() => o.MaxResponseTextLength = n)),
        new(RunGroup, "a name", (o, v) => v.Length > 0 && Set(() => o.RunGroup = v), StoreSettings.RunGroupVariable),
        new(Rerun, "failed, errored or off", (o, v) =>
            string.Equals(v, "off", StringComparison.OrdinalIgnoreCase) ? Set(() => o.Rerun = null)
            : TryParseName<RerunMode>(v, out var mode) && Set(() => o.Rerun = mode)),
    ];

    /// <summary>Gets the names of the options, in the order the docs list them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Rules.Select(r => r.Name)];

    /// <summary>Gets whether a name is an option's (in any case).</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> for one of <see cref="Names"/>.</returns>
    public static bool IsKnown(string name) => Find(name) is not null;

    /// <summary>Sets one option from its text.</summary>
    /// <param name="options">The options to change; left as they were when the value is bad.</param>
    /// <param name="name">The option's name (any case), one of <see cref="Names"/>.</param>
    /// <param name="value">The text; surrounding white space is ignored.</param>
    /// <param name="where">Where the text came from, as the user wrote it: <c>RunSettings &lt;AgentGym&gt;&lt;Shard&gt;</c>, <c>--shard</c>, <c>AGENTGYM_RECORD_MODE</c>.</param>
    /// <returns><see langword="null"/> when the option was set; else the message that says what was wrong.</returns>
    public static string? TrySet(AgentGymOptions options, string name, string? value, string where)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(where);
        if (Find(name) is not { } rule)
            return $"{where} is not an AgentGym setting; the settings are {string.Join(", ", Names)}.";
        var text = value?.Trim() ?? string.Empty;
        return rule.Apply(options, text) ? null : $"{where} is '{value}'; expected {rule.Expected}.";
    }

    /// <summary>Gets the environment variable that carries an option for one invocation (<c>AGENTGYM_STORE</c>, <c>AGENTGYM_RUN_GROUP</c>, <c>AGENTGYM_RECORD_MODE</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The option's name.</param>
    /// <returns>The variable's name, or <see langword="null"/> when no variable carries the option.</returns>
    public static string? EnvironmentVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(name)?.Variable;
    }

    /// <summary>Sets one option from its environment variable by the same rule, when the variable is set and not blank.</summary>
    /// <param name="options">The options to change; left as they were when the variable is unset or its value is bad.</param>
    /// <param name="name">The option's name, one that has an <see cref="EnvironmentVariable(string)"/>.</param>
    /// <returns><see langword="null"/> when the option was set or the variable is unset; else the message that names the variable, its value and what was expected.</returns>
    /// <exception cref="ArgumentException">No environment variable carries the option.</exception>
    public static string? TrySetFromEnvironment(AgentGymOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        var variable = EnvironmentVariable(name) ?? throw new ArgumentException($"No environment variable carries the AgentGym setting '{name}'.", nameof(name));
        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value) ? null : TrySet(options, name, value, variable);
    }

    /// <summary>Writes an option's current value as text, for messages such as "uses 256 instead".</summary>
    /// <param name="options">The options.</param>
    /// <param name="name">The option's name.</param>
    /// <returns>The value as it would be written.</returns>
    public static string Format(AgentGymOptions options, string name)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Find(name)?.Name switch
        {
            MaxConcurrency => options.MaxConcurrency.ToString(CultureInfo.InvariantCulture),
            DefaultTimeoutSeconds => options.DefaultTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture),
            Verbosity => options.Verbosity.ToString(),
            RecordMode => options.RecordMode.ToString(),
            CassetteDirectory => options.CassetteDirectory,
            Store => options.Store ?? "the default store",
            BaselineBranch => options.BaselineBranch,
            Shard => options.Shard?.ToString() ?? "every test",
            MaxResponseTextLength => options.MaxResponseTextLength.ToString(CultureInfo.InvariantCulture),
            RunGroup => options.RunGroup ?? "none",
            Rerun => options.Rerun?.ToString().ToLowerInvariant() ?? "off",
            _ => throw new ArgumentException($"'{name}' is not an AgentGym setting.", nameof(name)),
        };
    }

    private static Rule? Find(string name) => Array.Find(Rules, r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    // Names only: Enum.TryParse takes "2" as a value, which a user never means.
    private static bool TryParseName<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text, ignoreCase: true, out value) && !text.AsSpan().ContainsAnyInRange('0', '9') && Enum.IsDefined(value);

    private static bool Set(Action set)
    {
        set();
        return true;
    }

    private sealed record Rule(string Name, string Expected, Func<AgentGymOptions, string, bool> Apply, string? Variable = null);
}
