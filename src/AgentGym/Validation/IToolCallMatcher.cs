using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>
/// Decides in code whether a tool call's arguments are the expected ones, for checks that JSON cannot express (a date in
/// range, an amount within a cent). Give it to <see cref="ExpectedTrajectory.WithArguments(string, IToolCallMatcher)"/> or
/// name its type in <c>[ToolArguments("refund", Matcher = typeof(...))]</c> (it then needs a public parameterless constructor).
/// </summary>
public interface IToolCallMatcher
{
    /// <summary>Gets what the matcher expects, as shown in the trajectory diff, such as <c>amount within 0.01 of 42</c>.</summary>
    string Description { get; }

    /// <summary>Tells whether the call has the expected arguments. Only calls to the tool it was given for are passed.</summary>
    /// <param name="call">The call, with its arguments.</param>
    /// <returns><see langword="true"/> when the call matches.</returns>
    bool Matches(ToolCall call);
}
