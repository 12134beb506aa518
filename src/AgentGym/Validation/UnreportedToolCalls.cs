using System.Globalization;

namespace AgentGym.Validation;

/// <summary>
/// The one rule of every check on tool calls: a response that does not report its tool calls
/// (<see cref="Agents.AgentResponse.ToolCallsReported"/>) cannot be judged on them. An empty list from such an agent means
/// "not said", not "no tool was called", so the check is an error that names the agent, never a pass or a plain failure.
/// </summary>
internal static class UnreportedToolCalls
{
    /// <summary>Gets the error verdict for a response that does not report its tool calls, or <see langword="null"/> when it does.</summary>
    /// <param name="context">The attempt.</param>
    /// <param name="validator">The validator's name.</param>
    /// <returns>The error, or <see langword="null"/> when the tool calls can be checked.</returns>
    public static ValidationResult? Verdict(ValidationContext context, string validator)
    {
        if (context.Response.ToolCallsReported)
            return null;
        var by = context.AgentName is null ? "the agent" : $"agent '{context.AgentName}'";
        // The metrics may have counted calls that the response does not list (a chat client measured inside the agent).
        var counted = context.Metrics.ToolCalls is > 0 and var count
            ? string.Create(CultureInfo.InvariantCulture, $" (the metrics counted {count}, but the response does not list them)")
            : string.Empty;
        return ValidationResult.Error(validator,
            $"tool calls were not reported by {by}{counted}, so they could not be checked. " +
            "Have the agent list them in AgentResponse.ToolCalls (an empty list when it called no tool); an HTTP agent's answer needs 'tool_calls'.");
    }
}
