using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AgentGym.Recording;

/// <summary>Chat requests as canonical JSON, and chat responses to and from JSON.</summary>
internal static class ChatExchange
{
    // Ids and times that differ between two runs of the same conversation.
    private static readonly HashSet<string> Volatile = new(StringComparer.Ordinal) { "messageId", "createdAt", "responseId", "conversationId" };

    private static JsonSerializerOptions Json => AIJsonUtilities.DefaultOptions;

    public static JsonNode Request(IEnumerable<ChatMessage> messages, ChatOptions? options, Redactor redactor)
    {
        var request = new JsonObject
        {
            ["messages"] = JsonSerializer.SerializeToNode(messages.ToList(), Json),
            ["options"] = Options(options),
        };
        return redactor.Redact(CanonicalJson.Normalize(request, Volatile))!;
    }

    public static JsonNode? Write<T>(T value, Redactor redactor) => redactor.Redact(JsonSerializer.SerializeToNode(value, Json));

    public static T Read<T>(CassetteEntry entry, Cassette cassette) =>
        entry.Response.Deserialize<T>(Json)
            ?? throw new InvalidDataException($"The exchange {entry.Key} in cassette '{cassette.Path}' has no response. Record it again.");

    private static JsonObject? Options(ChatOptions? options)
    {
        if (options is null)
            return null;
        var node = new JsonObject
        {
            ["modelId"] = options.ModelId,
            ["instructions"] = options.Instructions,
            ["temperature"] = options.Temperature,
            ["topP"] = options.TopP,
            ["topK"] = options.TopK,
            ["maxOutputTokens"] = options.MaxOutputTokens,
            ["frequencyPenalty"] = options.FrequencyPenalty,
            ["presencePenalty"] = options.PresencePenalty,
            ["seed"] = options.Seed,
            ["stopSequences"] = options.StopSequences is { } stops ? new JsonArray([.. stops.Select(s => JsonValue.Create(s))]) : null,
            ["allowMultipleToolCalls"] = options.AllowMultipleToolCalls,
            ["toolMode"] = options.ToolMode switch
            {
                null => null,
                RequiredChatToolMode { RequiredFunctionName: { } function } => "required:" + function,
                RequiredChatToolMode => "required",
                NoneChatToolMode => "none",
                _ => "auto",
            },
            ["responseFormat"] = options.ResponseFormat switch
            {
                null => null,
                ChatResponseFormatJson json => new JsonObject
                {
                    ["type"] = "json",
                    ["schemaName"] = json.SchemaName,
                    ["schema"] = json.Schema is { } schema ? JsonNode.Parse(schema.GetRawText()) : null,
                },
                _ => "text",
            },
            ["tools"] = options.Tools is { Count: > 0 } tools ? new JsonArray([.. tools.Select(Tool)]) : null,
        };
        foreach (var name in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
            node.Remove(name);
        return node;
    }

    private static JsonObject Tool(AITool tool)
    {
        var node = new JsonObject { ["name"] = tool.Name, ["description"] = tool.Description };
        if (tool is AIFunctionDeclaration function)
            node["parameters"] = JsonNode.Parse(function.JsonSchema.GetRawText());
        return node;
    }
}
