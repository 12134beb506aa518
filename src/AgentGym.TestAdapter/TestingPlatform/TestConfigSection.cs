using System.Reflection;
using System.Text.Json;
using AgentGym.Sdk;
using AgentGym.TestAdapter.Configuration;
using Microsoft.Testing.Platform.Configurations;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// Reads the <c>agentgym</c> section of the platform's configuration file (<c>testconfig.json</c>, copied beside the
/// executable as <c>App.testconfig.json</c>, or the file <c>--config-file</c> names). The platform's configuration is a
/// key-value view without a list of keys, so the file is read for the names the user wrote: a misspelt name reaches the
/// runsettings rule and is reported, not ignored, and a name in another case is still read.
/// </summary>
internal static class TestConfigSection
{
    /// <summary>Reads every setting of the section: each name the file holds, with the value the platform read for it.</summary>
    /// <param name="configuration">The platform's configuration, which holds the values.</param>
    /// <param name="configFile">The file <c>--config-file</c> names, or <see langword="null"/> for the one beside the executable.</param>
    /// <returns>The settings, names as written; unknown names included, for the runsettings rule to report.</returns>
    public static List<PlatformSetting> Read(IConfiguration configuration, string? configFile)
    {
        // Without a file to read, the names the runsettings know are looked up.
        if (SectionInFile(configFile ?? DefaultFile()) is not { } written)
            return [.. RunOptionText.Names.Select(name => (name, Value: configuration[Key(name)])).Where(s => s.Value is not null).Select(s => new PlatformSetting(s.name, s.Value!))];
        return [.. written.Select(s => new PlatformSetting(s.Name, configuration[Key(s.Name)] ?? s.Text))];
    }

    private static string Key(string name) => $"{PlatformSetting.SectionName}:{name}";

    private static string? DefaultFile() =>
        Assembly.GetEntryAssembly()?.GetName().Name is { } name ? Path.Combine(AppContext.BaseDirectory, $"{name}.testconfig.json") : null;

    // The section's settings as the file writes them, or null when there is no file to read.
    private static List<(string Name, string Text)>? SectionInFile(string? path)
    {
        if (path is null || !File.Exists(path))
            return null;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return [];
            var section = document.RootElement.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, PlatformSetting.SectionName, StringComparison.OrdinalIgnoreCase));
            return section.Value.ValueKind == JsonValueKind.Object
                ? [.. section.Value.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() ?? string.Empty : p.Value.GetRawText()))]
                : [];
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // The platform reads the same file, and says what is wrong with it.
            return null;
        }
    }
}
