using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// A scripted conversation with one tool: the model asks for <c>add(2, 3)</c> (100 tokens in, 10 out), then answers
/// (130 in, 8 out). Two model calls, one tool call, 230 + 18 = 248 tokens.
/// </summary>
public static class Calculator
{
    public const string Question = "What is 2 + 3?";
    public const string Answer = "2 + 3 = 5";

    public static ChatResponse[] Replies() =>
    [
        ModelReply.ToolCall("call-1", "add", new Dictionary<string, object?> { ["a"] = 2, ["b"] = 3 }, inputTokens: 100, outputTokens: 10),
        ModelReply.Text(Answer, inputTokens: 130, outputTokens: 8),
    ];

    /// <summary>The <c>add</c> tool; <paramref name="onCall"/> hears each invocation.</summary>
    public static AIFunction AddTool(Action<int, int>? onCall = null) => AIFunctionFactory.Create(
        (int a, int b) =>
        {
            onCall?.Invoke(a, b);
            return a + b;
        },
        "add",
        "Adds two numbers.");
}
