using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace AgentGym.Agents.Http;

/// <summary>
/// The agent protocol that <see cref="HttpAgent"/> speaks by default. Request: <c>{ "task": "...", "context": { ... } }</c>, and
/// on each turn of a conversation <c>"conversation_id": "..."</c>, the same on every turn, so that the service continues its session.
/// Response: <c>{ "text": "...", "output": any JSON, "tool_calls": [{ "name", "arguments", "result" }],
/// "usage": { "input_tokens", "output_tokens", "total_tokens" } }</c>, every member optional; an answer without <c>tool_calls</c>
/// does not report its tool calls (<see cref="AgentResponse.ToolCallsReported"/>). Override a method to change one side.
/// </summary>
public class DefaultHttpAgentMapping : IHttpAgentMapping
{
    /// <inheritdoc />
    public virtual HttpContent CreateContent(AgentRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new JsonObject
        {
            ["task"] = request.Task,
            ["context"] = JsonSerializer.SerializeToNode(request.Context, JsonSerializerOptions.Web),
        };
        if (request.Conversation is { } conversation)
            body["conversation_id"] = conversation.Id;
        return new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
    }

    /// <inheritdoc />
    public virtual AgentResponse ReadResponse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
            throw new FormatException($"the answer is a JSON {Kind(body)}; expected an object with 'text', 'output', 'tool_calls' and 'usage'");
        JsonElement? output = body.TryGetProperty("output", out var o) && o.ValueKind != JsonValueKind.Null ? o.Clone() : null;
        var text = body.TryGetProperty("text", out var t) && t.ValueKind != JsonValueKind.Null
            ? (t.ValueKind == JsonValueKind.String ? t.GetString()! : throw new FormatException($"'text' is a JSON {Kind(t)}; expected a string"))
            : output?.GetRawText() ?? string.Empty;
        // An answer without 'tool_calls' says nothing of the tools the service called: checks on them are errors, not passes.
        var reportsToolCalls = body.TryGetProperty("tool_calls", out var calls) && calls.ValueKind != JsonValueKind.Null;
        return new AgentResponse(text)
        {
            Output = output,
            ToolCalls = reportsToolCalls ? ReadToolCalls(calls) : [],
            ToolCallsReported = reportsToolCalls,
            Usage = body.TryGetProperty("usage", out var usage) && usage.ValueKind != JsonValueKind.Null ? ReadUsage(usage) : null,
        };
    }

    private static List<ToolCall> ReadToolCalls(JsonElement calls)
    {
        if (calls.ValueKind != JsonValueKind.Array)
            throw new FormatException($"'tool_calls' is a JSON {Kind(calls)}; expected an array");
        var result = new List<ToolCall>();
        var index = 0;
        foreach (var call in calls.EnumerateArray())
        {
            var where = $"tool_calls[{index++}]";
            if (call.ValueKind != JsonValueKind.Object)
                throw new FormatException($"'{where}' is a JSON {Kind(call)}; expected an object with 'name'");
            if (!call.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
                throw new FormatException($"'{where}.name' is missing or not a string");
            var arguments = call.TryGetProperty("arguments", out var a) ? ReadArguments(a, where) : null;
            var value = call.TryGetProperty("result", out var r) ? Value(r) : null;
            result.Add(new ToolCall(name.GetString()!, arguments, value));
        }

        return result;
    }

    private static Dictionary<string, object?>? ReadArguments(JsonElement arguments, string where)
    {
        // Some agents send arguments as the JSON text the model produced, as OpenAI does.
        if (arguments.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var document = JsonDocument.Parse(arguments.GetString()!);
                return ReadArguments(document.RootElement.Clone(), where);
            }
            catch (JsonException ex)
            {
                throw new FormatException($"'{where}.arguments' is a string that is not JSON: {ex.Message}", ex);
            }
        }

        return arguments.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => arguments.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal),
            _ => throw new FormatException($"'{where}.arguments' is a JSON {Kind(arguments)}; expected an object"),
        };
    }

    private static UsageDetails ReadUsage(JsonElement usage)
    {
        if (usage.ValueKind != JsonValueKind.Object)
            throw new FormatException($"'usage' is a JSON {Kind(usage)}; expected an object with input_tokens, output_tokens and total_tokens");
        var input = Count(usage, "input_tokens");
        var output = Count(usage, "output_tokens");
        return new UsageDetails
        {
            InputTokenCount = input,
            OutputTokenCount = output,
            TotalTokenCount = Count(usage, "total_tokens") ?? (input is null && output is null ? null : (input ?? 0) + (output ?? 0)),
        };
    }

    private static long? Count(JsonElement usage, string name)
    {
        if (!usage.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) && count >= 0
            ? count
            : throw new FormatException($"'usage.{name}' is {value.GetRawText()}; expected a whole number of 0 or more");
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.Clone(),
    };

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture);
}
