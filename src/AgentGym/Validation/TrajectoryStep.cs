using System.Text.Json;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>One expected tool call of an <see cref="ExpectedTrajectory"/>: a tool, and optionally the arguments it must get.</summary>
public sealed class TrajectoryStep
{
    /// <summary>Expects a call to <paramref name="tool"/>, with arguments compared as <paramref name="match"/> says when <paramref name="argumentsJson"/> is given.</summary>
    /// <param name="tool">The tool's name (compared exactly).</param>
    /// <param name="argumentsJson">A JSON object of the expected arguments, such as <c>{"query":"refund"}</c>; <see langword="null"/> for any arguments.</param>
    /// <param name="match">How the arguments are compared.</param>
    /// <exception cref="ValidatorConfigurationException">The name is empty, the arguments are not a JSON object, or a pattern is not valid.</exception>
    public TrajectoryStep(string tool, string? argumentsJson = null, ArgumentMatch match = ArgumentMatch.Subset)
    {
        Tool = RequireName(tool);
        Arguments = argumentsJson;
        ArgumentMatch = match;
        Expected = argumentsJson is null ? null : ExpectedArguments.FromJson(tool, argumentsJson, match);
    }

    /// <summary>Expects a call to <paramref name="tool"/> whose arguments <paramref name="matcher"/> accepts.</summary>
    /// <param name="tool">The tool's name (compared exactly).</param>
    /// <param name="matcher">Decides whether the arguments are right.</param>
    /// <exception cref="ValidatorConfigurationException">The name is empty.</exception>
    public TrajectoryStep(string tool, IToolCallMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        Tool = RequireName(tool);
        Matcher = matcher;
        Expected = ExpectedArguments.FromMatcher(matcher);
    }

    /// <summary>Gets the tool's name.</summary>
    public string Tool { get; }

    /// <summary>Gets the expected arguments as JSON, or <see langword="null"/> when any arguments (or the <see cref="Matcher"/>) will do.</summary>
    public string? Arguments { get; }

    /// <summary>Gets how <see cref="Arguments"/> are compared.</summary>
    public ArgumentMatch ArgumentMatch { get; }

    /// <summary>Gets the matcher written in code, when the step has one.</summary>
    public IToolCallMatcher? Matcher { get; }

    internal ExpectedArguments? Expected { get; }

    /// <summary>
    /// Reads a step written as text: a tool name alone (<c>search</c>), or followed by a JSON object of arguments, with or
    /// without parentheses (<c>search {"query":"refund"}</c>, <c>search({"query":"refund"})</c>), the way failure messages show calls.
    /// </summary>
    /// <param name="text">The step.</param>
    /// <param name="match">How the arguments, if any, are compared.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ValidatorConfigurationException">The text names no tool, or its arguments are not a JSON object.</exception>
    public static TrajectoryStep Parse(string text, ArgumentMatch match = ArgumentMatch.Subset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var split = trimmed.IndexOfAny([' ', '\t', '(', '{']);
        if (split < 0)
            return new TrajectoryStep(trimmed);
        var tool = trimmed[..split];
        var rest = trimmed[split..].Trim();
        if (rest.StartsWith('(') && rest.EndsWith(')'))
            rest = rest[1..^1].Trim();
        if (rest.Length == 0)
            return new TrajectoryStep(tool);
        if (tool.Length == 0)
            throw new ValidatorConfigurationException($"The trajectory step {QuotedText.Of(text)} names no tool: write the tool's name, then its arguments as a JSON object.");
        return new TrajectoryStep(tool, rest, match);
    }

    /// <summary>Shows the step as the trajectory diff does: <c>search({"query":"refund"})</c>, or the name alone for any arguments.</summary>
    /// <returns>The step as text.</returns>
    public override string ToString() => Describe(Expected);

    /// <summary>Shows the step with the arguments that apply to it (its own, or the tool's from the trajectory).</summary>
    internal string Describe(ExpectedArguments? arguments) => arguments is null ? Tool : $"{Tool}({arguments.Description})";

    /// <summary>Lists why a call is not this step; empty when it is.</summary>
    internal IReadOnlyList<string> Differences(ToolCall call, JsonElement? arguments, ExpectedArguments? toolArguments)
    {
        if (!string.Equals(call.Name, Tool, StringComparison.Ordinal))
            return ["another tool"];
        return (Expected ?? toolArguments)?.Differences(call, arguments) ?? [];
    }

    private static string RequireName(string tool) => string.IsNullOrWhiteSpace(tool)
        ? throw new ValidatorConfigurationException("A trajectory step names no tool: give the name of the tool the agent must call.")
        : tool;
}
