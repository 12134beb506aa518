using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using AgentGym.Sdk;
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

    /// <summary>A stored result as JSON, with its conversation (kept as JSON text in the store) as an object, <c>conversation</c>.</summary>
    public static JsonObject WithConversation(StoredTestRun test)
    {
        var node = JsonSerializer.SerializeToNode(test, Options)!.AsObject();
        node.Remove("conversationJson");
        node["conversation"] = Parse(test.ConversationJson);
        return node;
    }

    private static JsonNode? Parse(string? json)
    {
        if (json is null)
            return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            // Not JSON after all: the text, rather than nothing.
            return JsonValue.Create(json);
        }
    }

    public static int Write(IAnsiConsole console, object value)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
        writer.Flush();
        return 0;
    }
}
