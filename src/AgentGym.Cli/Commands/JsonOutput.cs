using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace AgentGym.Cli.Commands;

/// <summary>Writes a command's findings as indented JSON (camelCase, enums as names) for scripts, with nothing else around it.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static int Write(IAnsiConsole console, object value)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
        writer.Flush();
        return 0;
    }
}
