using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Validation;

namespace AgentGym.Sdk;

/// <summary>
/// The conversation of a test result as the store keeps it (<c>agent_test_runs.conversation_json</c>): one object per turn
/// with what the user said, the agent's answer and tool calls, the turn's metrics and verdicts.
/// </summary>
internal static class ConversationJson
{
    /// <summary>Writes the turns, or <see langword="null"/> when there are none.</summary>
    public static string? Write(IReadOnlyList<ConversationTurn> turns, string? end)
    {
        if (turns.Count == 0)
            return null;
        return JsonSerializer.Serialize(new
        {
            end,
            turns = turns.Select(t => new
            {
                turn = t.Number,
                simulated = t.IsSimulated,
                user = t.Request.Task,
                agent = t.Response?.Text,
                tool_calls = t.Response?.ToolCalls.Select(c => new { name = c.Name, arguments = c.Arguments }),
                metrics = new
                {
                    input_tokens = t.Metrics.InputTokens,
                    output_tokens = t.Metrics.OutputTokens,
                    total_tokens = t.Metrics.TotalTokens,
                    llm_calls = t.Metrics.LlmCalls,
                    tool_calls = t.Metrics.ToolCalls,
                    duration_ms = t.Metrics.Duration.TotalMilliseconds,
                },
                validations = t.Validations.Select(v => new { validator = v.Validator, passed = v.Passed, message = v.Message }),
            }),
        });
    }

    /// <summary>Reads the turns back, for people who look at a stored result; <see langword="null"/> when there are none or the JSON cannot be read.</summary>
    public static (IReadOnlyList<ConversationTurn> Turns, string? End)? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
            return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("turns", out var turns) || turns.ValueKind != JsonValueKind.Array)
                return null;
            var end = root.TryGetProperty("end", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            IReadOnlyList<ConversationTurn> read = [.. turns.EnumerateArray().Select(ReadTurn)];
            return (read, end);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static ConversationTurn ReadTurn(JsonElement turn)
    {
        var agent = String(turn, "agent");
        var calls = turn.TryGetProperty("tool_calls", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(call => new ToolCall(
                String(call, "name") ?? string.Empty,
                call.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Object
                    ? a.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone(), StringComparer.Ordinal)
                    : null)).ToList()
            : [];
        var metrics = turn.TryGetProperty("metrics", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        return new ConversationTurn
        {
            Number = (int)(Long(turn, "turn") ?? 0),
            IsSimulated = turn.TryGetProperty("simulated", out var sim) && sim.ValueKind == JsonValueKind.True,
            Request = new AgentRequest(String(turn, "user") ?? string.Empty),
            Response = agent is null ? null : new AgentResponse(agent) { ToolCalls = calls },
            Metrics = metrics.ValueKind != JsonValueKind.Object ? AgentMetrics.Empty : new AgentMetrics
            {
                InputTokens = Long(metrics, "input_tokens"),
                OutputTokens = Long(metrics, "output_tokens"),
                TotalTokens = Long(metrics, "total_tokens"),
                LlmCalls = (int?)Long(metrics, "llm_calls"),
                ToolCalls = (int?)Long(metrics, "tool_calls"),
                Duration = metrics.TryGetProperty("duration_ms", out var d) && d.ValueKind == JsonValueKind.Number ? TimeSpan.FromMilliseconds(d.GetDouble()) : TimeSpan.Zero,
            },
            Validations = turn.TryGetProperty("validations", out var v) && v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Select(r => new ValidationResult(String(r, "validator") ?? string.Empty, r.TryGetProperty("passed", out var p) && p.ValueKind == JsonValueKind.True, String(r, "message") ?? string.Empty))]
                : [],
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;
}
