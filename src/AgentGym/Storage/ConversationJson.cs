using System.Text.Json;
using AgentGym.Results;

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
}
