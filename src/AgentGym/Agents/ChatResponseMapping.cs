using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentGym.Agents;

/// <summary>Turns chat messages into the parts of an <see cref="AgentResponse"/>.</summary>
internal static class ChatResponseMapping
{
    public static IReadOnlyList<ToolCall> ToolCalls(IEnumerable<ChatMessage> messages)
    {
        var contents = messages.SelectMany(m => m.Contents).ToList();
        var results = contents.OfType<FunctionResultContent>()
            .GroupBy(r => r.CallId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Result, StringComparer.Ordinal);
        return [.. contents.OfType<FunctionCallContent>().Select(call => new ToolCall(
            call.Name,
            call.Arguments is null ? null : new Dictionary<string, object?>(call.Arguments, StringComparer.Ordinal),
            results.GetValueOrDefault(call.CallId)))];
    }

    public static JsonElement? TryParseJson(string text, ChatResponseFormat? format)
    {
        if (format is not ChatResponseFormatJson)
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string DescribeRequest(AgentRequest request)
    {
        if (request.Context.Count == 0)
            return request.Task;
        var context = JsonSerializer.Serialize(request.Context, JsonSerializerOptions.Web);
        return $"{request.Task}\n\nContext: {context}";
    }
}
