using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using AgentGym.Configuration;
using AgentGym.Execution;

namespace AgentGym.TestAdapter.Configuration;

/// <summary>
/// Reads AgentGym's settings from a runsettings document: the <c>&lt;AgentGym&gt;</c> section (MaxConcurrency,
/// DefaultTimeoutSeconds, Verbosity, RecordMode, CassetteDirectory, Store, BaselineBranch, Shard, MaxResponseTextLength) and RunConfiguration's
/// DisableParallelization, which runs agent tests one at a time.
/// </summary>
/// <example>
/// <code>
/// &lt;RunSettings&gt;
///   &lt;AgentGym&gt;
///     &lt;MaxConcurrency&gt;8&lt;/MaxConcurrency&gt;
///     &lt;DefaultTimeoutSeconds&gt;60&lt;/DefaultTimeoutSeconds&gt;
///     &lt;Verbosity&gt;Detailed&lt;/Verbosity&gt;
///     &lt;RecordMode&gt;Replay&lt;/RecordMode&gt;
///     &lt;CassetteDirectory&gt;Cassettes&lt;/CassetteDirectory&gt;
///     &lt;Store&gt;off&lt;/Store&gt;
///   &lt;/AgentGym&gt;
/// &lt;/RunSettings&gt;
/// </code>
/// </example>
internal static class RunSettingsReader
{
    /// <summary>The name of AgentGym's runsettings section.</summary>
    public const string SectionName = "AgentGym";

    private const string MaxConcurrency = "MaxConcurrency";
    private const string DefaultTimeoutSeconds = "DefaultTimeoutSeconds";
    private const string Verbosity = "Verbosity";
    private const string RecordMode = "RecordMode";
    private const string CassetteDirectory = "CassetteDirectory";
    private const string Store = "Store";
    private const string BaselineBranch = "BaselineBranch";
    private const string Shard = "Shard";
    private const string MaxResponseTextLength = "MaxResponseTextLength";

    /// <summary>Reads the settings.</summary>
    /// <param name="settingsXml">The runsettings XML, or <see langword="null"/> when there is none.</param>
    /// <returns>The settings, with a message for every value that could not be used.</returns>
    public static AdapterSettings Read(string? settingsXml)
    {
        if (string.IsNullOrWhiteSpace(settingsXml))
            return AdapterSettings.Default;

        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(settingsXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            return AdapterSettings.Default with { Errors = [$"The runsettings are not valid XML ({ex.Message}); AgentGym uses its defaults."] };
        }

        var options = new AgentGymOptions();
        var errors = new List<string>();
        var warnings = new List<string>();
        if (root.Element(SectionName) is { } section)
            ReadSection(section, options, errors, warnings);

        if (root.Element("RunConfiguration")?.Element("DisableParallelization") is { } disable)
        {
            if (!bool.TryParse(disable.Value.Trim(), out var disabled))
                errors.Add($"RunSettings <RunConfiguration><DisableParallelization> is '{disable.Value}'; expected true or false.");
            else if (disabled)
                options.MaxConcurrency = 1;
        }

        return new AdapterSettings(options, errors, warnings);
    }

    private static void ReadSection(XElement section, AgentGymOptions options, List<string> errors, List<string> warnings)
    {
        foreach (var element in section.Elements())
        {
            var name = element.Name.LocalName;
            var value = element.Value.Trim();
            switch (name)
            {
                case MaxConcurrency:
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var concurrency) && concurrency >= 1)
                        options.MaxConcurrency = concurrency;
                    else
                        errors.Add(Invalid(name, element.Value, "a whole number of 1 or more", options.MaxConcurrency.ToString(CultureInfo.InvariantCulture)));
                    break;
                case DefaultTimeoutSeconds:
                    if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && seconds <= int.MaxValue)
                        options.DefaultTimeout = TimeSpan.FromSeconds(seconds);
                    else
                        errors.Add(Invalid(name, element.Value, "a number of seconds above 0", options.DefaultTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)));
                    break;
                case Verbosity:
                    if (!value.AsSpan().ContainsAnyInRange('0', '9') && Enum.TryParse<OutputVerbosity>(value, ignoreCase: true, out var verbosity) && Enum.IsDefined(verbosity))
                        options.Verbosity = verbosity;
                    else
                        errors.Add(Invalid(name, element.Value, "Minimal, Normal or Detailed", options.Verbosity.ToString()));
                    break;
                case RecordMode:
                    if (!value.AsSpan().ContainsAnyInRange('0', '9') && Enum.TryParse<Recording.RecordMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode))
                        options.RecordMode = mode;
                    else
                        errors.Add(Invalid(name, element.Value, "Off, Record, Replay or Auto", options.RecordMode.ToString()));
                    break;
                case CassetteDirectory:
                    if (value.Length > 0)
                        options.CassetteDirectory = value;
                    else
                        errors.Add(Invalid(name, element.Value, "a folder", options.CassetteDirectory));
                    break;
                case Store:
                    // A SQLite file, a PostgreSQL connection string, or "off"; the engine resolves it.
                    if (value.Length > 0)
                        options.Store = value;
                    else
                        errors.Add(Invalid(name, element.Value, "a SQLite file, a PostgreSQL connection string or off", "the default store"));
                    break;
                case BaselineBranch:
                    if (value.Length > 0)
                        options.BaselineBranch = value;
                    else
                        errors.Add(Invalid(name, element.Value, "a branch name", options.BaselineBranch));
                    break;
                case Shard:
                    if (TestShard.TryParse(value, out var shard))
                        options.Shard = shard;
                    else
                        errors.Add(Invalid(name, element.Value, "i/n with 1 <= i <= n, such as 2/3", "every test"));
                    break;
                case MaxResponseTextLength:
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var cap) && cap >= 1)
                        options.MaxResponseTextLength = cap;
                    else
                        errors.Add(Invalid(name, element.Value, "a whole number of characters, 1 or more", options.MaxResponseTextLength.ToString(CultureInfo.InvariantCulture)));
                    break;
                default:
                    warnings.Add($"RunSettings <{SectionName}><{name}> is not an AgentGym setting and is ignored; the settings are {MaxConcurrency}, {DefaultTimeoutSeconds}, {Verbosity}, {RecordMode}, {CassetteDirectory}, {Store}, {BaselineBranch}, {Shard} and {MaxResponseTextLength}.");
                    break;
            }
        }
    }

    private static string Invalid(string element, string value, string expected, string fallback) =>
        $"RunSettings <{SectionName}><{element}> is '{value}'; expected {expected}. AgentGym uses {fallback} instead.";
}
