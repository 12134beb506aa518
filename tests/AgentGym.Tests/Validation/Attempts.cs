using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Metrics;
using AgentGym.Validation;

namespace AgentGym.Tests.Validation;

/// <summary>Builds the attempts that validator tests judge.</summary>
internal static class Attempts
{
    public static ValidationContext WithText(string text) => new(new AgentResponse(text), AgentMetrics.Empty);

    public static ValidationContext WithOutput(string json) =>
        new(new AgentResponse("see output") { Output = JsonSerializer.Deserialize<JsonElement>(json) }, AgentMetrics.Empty);

    public static ValidationContext WithToolCalls(params ToolCall[] calls) =>
        new(new AgentResponse("done") { ToolCalls = calls }, AgentMetrics.Empty);

    public static ValidationContext WithMetrics(long tokens = 0, int llmCalls = 0, int toolCalls = 0, double durationMs = 0) =>
        new(new AgentResponse("done"), RunMetrics(tokens, llmCalls, toolCalls, durationMs));

    public static AgentMetrics RunMetrics(long tokens = 0, int llmCalls = 0, int toolCalls = 0, double durationMs = 0) => new()
    {
        TotalTokens = tokens,
        LlmCalls = llmCalls,
        ToolCalls = toolCalls,
        Duration = TimeSpan.FromMilliseconds(durationMs),
    };

    public static ToolCall Call(string name, string? argumentsJson = null) =>
        new(name, argumentsJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(argumentsJson));

    public static ValidationResult Check(IValidator validator, ValidationContext context)
    {
        var pending = validator.ValidateAsync(context);
        Assert.True(pending.IsCompleted, $"{validator.Name} should decide without waiting.");
        return pending.Result;
    }
}
