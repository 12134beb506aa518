using System.Globalization;
using System.Text;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Reporting;

/// <summary>Writes the transcript of a conversation test: each turn's message, answer, tool calls and metrics.</summary>
internal static class ConversationText
{
    private const string Indent = "    ";

    /// <summary>Appends the transcript of an attempt's conversation, when it has one.</summary>
    public static void Append(StringBuilder text, AgentTestAttempt attempt) => Append(text, attempt.Conversation, attempt.ConversationEnd, withVerdicts: false);

    /// <summary>
    /// Appends a transcript, when there are turns; with <paramref name="withVerdicts"/>, each turn's verdicts follow its answer
    /// (a stored result has no verdict list of its own to show them in).
    /// </summary>
    public static void Append(StringBuilder text, IReadOnlyList<ConversationTurn> turns, string? conversationEnd, bool withVerdicts)
    {
        if (turns.Count == 0)
            return;
        var simulated = turns.Any(t => t.IsSimulated);
        text.Append(CultureInfo.InvariantCulture, $"Conversation: {turns.Count} turn(s){(simulated ? " with a simulated user" : string.Empty)}");
        text.AppendLine(conversationEnd is { } end ? $"; {end}" : string.Empty);
        foreach (var turn in turns)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  Turn {turn.Number} · {AgentTestRunText.Describe(turn.Metrics)}");
            AppendMessage(text, simulated ? "user (simulated)" : "user", turn.Request.Task);
            if (turn.Response is not { } response)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}agent: (no answer)");
                continue;
            }

            foreach (var call in response.ToolCalls)
                text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}tool call: {call.Name}({string.Join(", ", call.Arguments?.Select(a => $"{a.Key}: {a.Value}") ?? [])})");
            AppendMessage(text, "agent", response.Text);
            if (withVerdicts)
            {
                foreach (var verdict in turn.Validations)
                    text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}{verdict.Verdict} {verdict.Validator}: {verdict.Message}");
            }
        }
    }

    private static void AppendMessage(StringBuilder text, string speaker, string message)
    {
        var lines = message.ReplaceLineEndings("\n").Split('\n');
        text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}{speaker}: {lines[0]}");
        foreach (var line in lines.Skip(1))
            text.AppendLine(CultureInfo.InvariantCulture, $"{Indent}{new string(' ', speaker.Length + 2)}{line}");
    }
}
