using System.Xml;
using System.Xml.Linq;
using AgentGym.Configuration;
using AgentGym.Sdk;

namespace AgentGym.TestAdapter.Configuration;

/// <summary>
/// Reads AgentGym's settings from a runsettings document: the <c>&lt;AgentGym&gt;</c> section (MaxConcurrency,
/// DefaultTimeoutSeconds, Verbosity, RecordMode, CassetteDirectory, Store, BaselineBranch, Shard, MaxResponseTextLength, Rerun) and RunConfiguration's
/// DisableParallelization, which runs agent tests one at a time. Values are read by <see cref="RunOptionText"/>, the rule every
/// front end shares; a relative store path is taken from the folder of the runsettings file (which the test platform adds as
/// <c>RunSettingsDirectory</c>), as the platform does for its own paths. Under Microsoft.Testing.Platform the same settings
/// may also come from the <c>agentgym</c> section of <c>testconfig.json</c> (<see cref="PlatformSetting"/>); runsettings
/// given for a run override them.
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

    // The test platform adds the folder of the runsettings file it read here (vstest ClientUtilities).
    private const string RunSettingsDirectory = "RunSettingsDirectory";

    /// <summary>Reads the settings.</summary>
    /// <param name="settingsXml">The runsettings XML, or <see langword="null"/> when there is none.</param>
    /// <param name="platformSettings">
    /// Settings from the test platform's own configuration (<c>testconfig.json</c> under Microsoft.Testing.Platform), read
    /// first, so that a runsettings file given for one run overrides them; <see langword="null"/> under VSTest.
    /// </param>
    /// <returns>The settings, with a message for every value that could not be used.</returns>
    public static AdapterSettings Read(string? settingsXml, IReadOnlyList<PlatformSetting>? platformSettings = null)
    {
        var options = new AgentGymOptions();
        var errors = new List<string>();
        var warnings = new List<string>();
        foreach (var setting in platformSettings ?? [])
            Apply(options, setting.Name, setting.Value, setting.Where, errors, warnings);

        var (reportTestStarts, showsInformation) = string.IsNullOrWhiteSpace(settingsXml) ? (true, true) : ReadDocument(settingsXml, options, errors, warnings);
        return new AdapterSettings(options, errors, warnings) { ReportTestStarts = reportTestStarts, ShowsInformation = showsInformation };
    }

    // Returns what the platform reads and shows (see AdapterSettings.ReportTestStarts and ShowsInformation).
    private static (bool ReportTestStarts, bool ShowsInformation) ReadDocument(string settingsXml, AgentGymOptions options, List<string> errors, List<string> warnings)
    {
        XElement root;
        try
        {
            using var reader = XmlReader.Create(new StringReader(settingsXml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            root = XElement.Load(reader);
        }
        catch (XmlException ex)
        {
            errors.Add($"The runsettings are not valid XML ({ex.Message}); AgentGym ignores them.");
            return (true, true);
        }

        var storeBefore = options.Store;
        if (root.Element(SectionName) is { } section)
            ReadSection(section, options, errors, warnings);
        if (options.Store is { } store && !ReferenceEquals(store, storeBefore) && root.Element(RunSettingsDirectory)?.Value.Trim() is { Length: > 0 } folder)
            options.Store = StoreLocation.Anchor(store, folder);

        if (root.Element("RunConfiguration")?.Element("DisableParallelization") is { } disable)
        {
            if (!bool.TryParse(disable.Value.Trim(), out var disabled))
                errors.Add($"RunSettings <RunConfiguration><DisableParallelization> is '{disable.Value}'; expected true or false.");
            else if (disabled)
                options.MaxConcurrency = 1;
        }

        var inDesignMode = !bool.TryParse(root.Element("RunConfiguration")?.Element("DesignMode")?.Value.Trim(), out var designMode) || designMode;
        return (inDesignMode || HasDataCollectors(root), inDesignMode || ShowsInformation(root));
    }

    // A data collector (blame, coverage) follows each test.
    private static bool HasDataCollectors(XElement root)
    {
        var collectors = (root.Element("DataCollectionRunSettings")?.Element("DataCollectors")?.Elements("DataCollector") ?? [])
            .Concat(root.Element("InProcDataCollectionRunSettings")?.Element("InProcDataCollectors")?.Elements("InProcDataCollector") ?? []);
        return collectors.Any(IsEnabled);
    }

    // Any logger but the console shows informational messages (TRX keeps them in its output), and so does the console at
    // normal verbosity or more; with no logger named, the test platform's console default (normal) applies.
    private static bool ShowsInformation(XElement root)
    {
        var loggers = root.Element("LoggerRunSettings")?.Element("Loggers")?.Elements("Logger").Where(IsEnabled).ToList() ?? [];
        if (loggers.Count == 0)
            return true;
        return loggers.Any(logger =>
            !string.Equals(logger.Attribute("friendlyName")?.Value.Trim(), "Console", StringComparison.OrdinalIgnoreCase)
            || logger.Element("Configuration")?.Element("Verbosity")?.Value.Trim().ToUpperInvariant() is not ("QUIET" or "Q" or "MINIMAL" or "M"));
    }

    private static bool IsEnabled(XElement extension) =>
        !string.Equals(extension.Attribute("enabled")?.Value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    private static void ReadSection(XElement section, AgentGymOptions options, List<string> errors, List<string> warnings)
    {
        foreach (var element in section.Elements())
        {
            var name = element.Name.LocalName;
            Apply(options, name, element.Value, $"RunSettings <{SectionName}><{name}>", errors, warnings);
        }
    }

    // One rule for a setting from runsettings or testconfig.json: an unknown name is a warning, a bad value an error.
    private static void Apply(AgentGymOptions options, string name, string value, string where, List<string> errors, List<string> warnings)
    {
        if (!RunOptionText.IsKnown(name))
            warnings.Add($"{where} is not an AgentGym setting and is ignored; the settings are {string.Join(", ", RunOptionText.Names)}.");
        else if (RunOptionText.TrySet(options, name, value, where) is { } error)
            errors.Add($"{error} AgentGym uses {RunOptionText.Format(options, name)} instead.");
    }
}
