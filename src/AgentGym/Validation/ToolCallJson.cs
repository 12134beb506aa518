using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>Reads a tool call's arguments as JSON, to compare them with a JSON subset and to show them in messages.</summary>
internal static class ToolCallJson
{
    private const int MaxCallsShown = 10;
    private const int MaxArgumentsLength = 120;

    /// <summary>Gets the call's arguments as a JSON object (empty when there are none).</summary>
    /// <param name="call">The call.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns><see langword="false"/> when an argument cannot be written as JSON.</returns>
    public static bool TryGetArguments(ToolCall call, out JsonElement arguments)
    {
        try
        {
            arguments = JsonSerializer.SerializeToElement(call.Arguments ?? new Dictionary<string, object?>(), JsonSerializerOptions.Web);
            return true;
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            arguments = default;
            return false;
        }
    }

    /// <summary>Shows a call as <c>name({"arg":1})</c>.</summary>
    public static string Describe(ToolCall call) =>
        call.Arguments is not { Count: > 0 } ? $"{call.Name}()"
        : TryGetArguments(call, out var arguments) ? $"{call.Name}({JsonText.Show(arguments, MaxArgumentsLength)})"
        : $"{call.Name}(arguments that are not JSON: {string.Join(", ", call.Arguments.Keys)})";

    /// <summary>Shows the calls in order, or says that there were none.</summary>
    public static string DescribeAll(IReadOnlyList<ToolCall> calls)
    {
        if (calls.Count == 0)
            return "the agent called no tool";
        var shown = string.Join(", ", calls.Take(MaxCallsShown).Select(Describe));
        return calls.Count > MaxCallsShown ? $"the agent called: {shown}, … ({calls.Count} calls)" : $"the agent called: {shown}";
    }
}
