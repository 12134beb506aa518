using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>Scripted model answers with token usage.</summary>
public static class ModelReply
{
    /// <summary>The model asks for one tool call.</summary>
    public static ChatResponse ToolCall(string callId, string tool, IDictionary<string, object?> arguments, long inputTokens, long outputTokens) =>
        new(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent(callId, tool, arguments)])) { Usage = Usage(inputTokens, outputTokens) };

    /// <summary>The model answers with text.</summary>
    public static ChatResponse Text(string text, long inputTokens, long outputTokens) =>
        new(new ChatMessage(ChatRole.Assistant, text)) { Usage = Usage(inputTokens, outputTokens) };

    public static UsageDetails Usage(long inputTokens, long outputTokens) =>
        new() { InputTokenCount = inputTokens, OutputTokenCount = outputTokens, TotalTokenCount = inputTokens + outputTokens };
}
