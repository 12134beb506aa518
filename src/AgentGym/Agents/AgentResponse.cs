using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentGym.Agents;

/// <summary>What an agent answered: its text, structured output, tool calls, token usage and messages.</summary>
public sealed class AgentResponse
{
    /// <summary>Creates a response with the given text.</summary>
    /// <param name="text">The agent's final text.</param>
    public AgentResponse(string text = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Gets the agent's final text; never <see langword="null"/> (an answer without text is empty).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Text
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Text), "An AgentResponse's Text must not be null; use an empty string for an answer without text.");
    }

    /// <summary>Gets the structured output as JSON, when the agent produced one.</summary>
    public JsonElement? Output { get; init; }

    private bool _toolCallsSet;
    private bool? _toolCallsReported;

    /// <summary>
    /// Gets the tool calls the agent made, in order. Setting it, even to an empty list, says that the agent reports its tool
    /// calls (<see cref="ToolCallsReported"/>): an agent that called no tool sets <c>ToolCalls = []</c>.
    /// </summary>
    public IReadOnlyList<ToolCall> ToolCalls
    {
        get;
        init
        {
            field = value;
            _toolCallsSet = true;
        }
    } = [];

    /// <summary>
    /// Gets whether <see cref="ToolCalls"/> lists every tool call the agent made, so that an empty list means "no tool was
    /// called" rather than "nothing was said". By default it is <see langword="true"/> when <see cref="ToolCalls"/> was set;
    /// the chat-client and Agent Framework agents always report their calls, an HTTP agent when its answer has
    /// <c>tool_calls</c>. Tool-call and trajectory checks on a response that does not report them are an error, not a pass.
    /// </summary>
    public bool ToolCallsReported
    {
        get => _toolCallsReported ?? _toolCallsSet;
        init => _toolCallsReported = value;
    }

    /// <summary>Gets the token usage the agent reports for this answer, when it reports one.</summary>
    public UsageDetails? Usage { get; init; }

    /// <summary>
    /// Gets the conversation that produced the answer, when the agent keeps one: the history it was given
    /// (<see cref="AgentConversation.Messages"/>), the task and the answer's messages.
    /// </summary>
    public IReadOnlyList<ChatMessage> Messages { get; init; } = [];

    /// <summary>
    /// Gets the structured output when there is one, else the text parsed as JSON when it is JSON (also inside a Markdown
    /// code fence such as <c>```json ... ```</c>, as models often answer), else <see langword="null"/>.
    /// </summary>
    /// <returns>The JSON the agent answered with, or <see langword="null"/>.</returns>
    public JsonElement? GetOutputOrParsedText()
    {
        if (Output is { } output)
            return output;
        var trimmed = WithoutCodeFence(Text.AsSpan().Trim());
        if (trimmed.IsEmpty || (trimmed[0] != '{' && trimmed[0] != '['))
            return null;
        try
        {
            using var document = JsonDocument.Parse(trimmed.ToString());
            return document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            // Not JSON, or text that is not valid UTF-16 (a lone surrogate) and so cannot be JSON either.
            return null;
        }
    }

    private static ReadOnlySpan<char> WithoutCodeFence(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
            return text;
        var body = text[3..^3];
        var firstLine = body.IndexOf('\n');
        return firstLine < 0 ? body.Trim() : body[(firstLine + 1)..].Trim();
    }

    /// <summary>Creates a response whose structured output is <paramref name="value"/> serialized as JSON.</summary>
    /// <typeparam name="T">The output's type.</typeparam>
    /// <param name="value">The structured output.</param>
    /// <param name="text">The text; defaults to the JSON itself.</param>
    /// <returns>The response.</returns>
    public static AgentResponse FromOutput<T>(T value, string? text = null)
    {
        var element = JsonSerializer.SerializeToElement(value, JsonSerializerOptions.Web);
        return new AgentResponse(text ?? element.GetRawText()) { Output = element };
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
