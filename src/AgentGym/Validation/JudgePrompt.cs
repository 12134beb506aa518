using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;

namespace AgentGym.Validation;

/// <summary>The messages that ask a judge model to score an answer against a rubric.</summary>
internal static class JudgePrompt
{
    /// <summary>The system message: the judge's role and the verdict's shape.</summary>
    public const string Instructions =
        "You are a strict, impartial judge of an AI agent's answer. Score how well the answer meets the rubric, from 0 " +
        "(not at all) to 1 (fully). Reply with only a JSON object, no other text: {\"score\": <number from 0 to 1>, \"reasoning\": \"<one or two sentences>\"}.";

    /// <summary>Makes the messages for one answer.</summary>
    /// <param name="rubric">What a good answer does.</param>
    /// <param name="context">The attempt: the task and the answer.</param>
    public static List<ChatMessage> For(string rubric, ValidationContext context)
    {
        var user = new StringBuilder()
            .AppendLine("## Rubric").AppendLine(rubric).AppendLine();
        var transcript = Transcript(context);
        if (transcript.Count > 0)
        {
            // The judge reads the whole conversation; the answer judged is the last one.
            user.AppendLine("## The conversation");
            foreach (var (speaker, text) in transcript)
                user.AppendLine(CultureInfo.InvariantCulture, $"{speaker}: {text}");
            user.AppendLine();
        }
        else if (context.Request is { } request)
        {
            user.AppendLine("## Task given to the agent").AppendLine(request.Task).AppendLine();
        }

        user.AppendLine("## The agent's answer").AppendLine(context.Response.Text);
        if (context.Response.Output is { } output)
            user.AppendLine().AppendLine("## The agent's structured output").AppendLine(output.GetRawText());
        if (context.Response.ToolCalls.Count > 0)
            user.AppendLine().AppendLine("## Tools the agent called").AppendLine(string.Join(", ", context.Response.ToolCalls.Select(ToolCallJson.Describe)));
        return [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, user.ToString())];
    }

    // The turns of a conversation test; else the messages of a response that holds a conversation of more than one user message.
    private static List<(string Speaker, string Text)> Transcript(ValidationContext context)
    {
        if (context.Conversation.Count > 1)
        {
            return [.. context.Conversation.SelectMany(t => new[] { ("User", t.Request.Task), ("Agent", t.Response?.Text ?? "(no answer)") })];
        }

        var messages = context.Response.Messages;
        if (messages.Count(m => m.Role == ChatRole.User) < 2)
            return [];
        return [.. messages
            .Where(m => (m.Role == ChatRole.User || m.Role == ChatRole.Assistant) && !string.IsNullOrWhiteSpace(m.Text))
            .Select(m => (m.Role == ChatRole.User ? "User" : "Agent", m.Text))];
    }
}
