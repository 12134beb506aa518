using System.Collections.Immutable;
using System.Globalization;
using AgentGym.Agents;

namespace AgentGym.Validation;

/// <summary>
/// The tool calls an agent is expected to make, and how to compare them with the calls it made: the steps, a
/// <see cref="TrajectoryMatch"/>, arguments per step or per tool, the most calls of a tool, and tools after which nothing
/// may be called. Immutable: each <c>With*</c> or <see cref="Then(string, string?, ArgumentMatch)"/> returns a copy.
/// </summary>
/// <example>
/// <code>
/// var expected = ExpectedTrajectory.Strict("search", "lookup_order", "refund")
///     .WithArguments("lookup_order", """{"order_id":"^A-\\d+$"}""", ArgumentMatch.Regex)
///     .WithMaxCalls("search", 2)
///     .WithNoToolAfter("refund");
/// </code>
/// </example>
public sealed class ExpectedTrajectory
{
    private ExpectedTrajectory(
        TrajectoryMatch match,
        ImmutableArray<TrajectoryStep> steps,
        ImmutableDictionary<string, ExpectedArguments> toolArguments,
        ImmutableDictionary<string, int> maxCalls,
        ImmutableArray<string> noToolAfter)
    {
        Match = match;
        StepList = steps;
        ToolArguments = toolArguments;
        MaxCallsByTool = maxCalls;
        NoToolAfterList = noToolAfter;
    }

    /// <summary>Expects the steps as <paramref name="match"/> says.</summary>
    /// <param name="match">How the calls are compared with the steps.</param>
    /// <param name="steps">The expected calls, in order.</param>
    /// <exception cref="ValidatorConfigurationException">The match is not one of <see cref="TrajectoryMatch"/>.</exception>
    public ExpectedTrajectory(TrajectoryMatch match, params IEnumerable<TrajectoryStep> steps)
        : this(match, [.. steps ?? throw new ArgumentNullException(nameof(steps))], ImmutableDictionary.Create<string, ExpectedArguments>(StringComparer.Ordinal), ImmutableDictionary.Create<string, int>(StringComparer.Ordinal), [])
    {
        if (!Enum.IsDefined(match))
            throw new ValidatorConfigurationException($"The trajectory match {match} is not one of {string.Join(", ", Enum.GetNames<TrajectoryMatch>())}.");
        if (StepList.Any(s => s is null))
            throw new ValidatorConfigurationException("A trajectory step is null.");
    }

    /// <summary>Gets how the calls are compared with the steps.</summary>
    public TrajectoryMatch Match { get; }

    /// <summary>Gets the expected calls, in order.</summary>
    public IReadOnlyList<TrajectoryStep> Steps => StepList;

    /// <summary>Gets the most calls allowed per tool.</summary>
    public IReadOnlyDictionary<string, int> MaxCalls => MaxCallsByTool;

    /// <summary>Gets the tools after which no other tool may be called.</summary>
    public IReadOnlyList<string> NoToolAfter => NoToolAfterList;

    internal ImmutableArray<TrajectoryStep> StepList { get; }

    internal ImmutableDictionary<string, ExpectedArguments> ToolArguments { get; }

    internal ImmutableDictionary<string, int> MaxCallsByTool { get; }

    internal ImmutableArray<string> NoToolAfterList { get; }

    /// <summary>Expects exactly these calls, in this order (see <see cref="TrajectoryMatch.Strict"/>). Each step is a name, or a name and its arguments: <c>search {"query":"refund"}</c>.</summary>
    /// <param name="steps">The steps, as <see cref="TrajectoryStep.Parse"/> reads them.</param>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Strict(params IEnumerable<string> steps) => Of(TrajectoryMatch.Strict, steps);

    /// <summary>Expects exactly these calls, in any order (see <see cref="TrajectoryMatch.Unordered"/>).</summary>
    /// <param name="steps">The steps, as <see cref="TrajectoryStep.Parse"/> reads them.</param>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Unordered(params IEnumerable<string> steps) => Of(TrajectoryMatch.Unordered, steps);

    /// <summary>Expects no call other than these (see <see cref="TrajectoryMatch.Subset"/>).</summary>
    /// <param name="steps">The steps, as <see cref="TrajectoryStep.Parse"/> reads them.</param>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Subset(params IEnumerable<string> steps) => Of(TrajectoryMatch.Subset, steps);

    /// <summary>Expects at least these calls, in any order, among others (see <see cref="TrajectoryMatch.Superset"/>).</summary>
    /// <param name="steps">The steps, as <see cref="TrajectoryStep.Parse"/> reads them.</param>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Superset(params IEnumerable<string> steps) => Of(TrajectoryMatch.Superset, steps);

    /// <summary>Expects any calls; add limits with <see cref="WithMaxCalls"/> and <see cref="WithNoToolAfter"/>.</summary>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Any() => Of(TrajectoryMatch.Superset, []);

    /// <summary>Expects the steps as <paramref name="match"/> says.</summary>
    /// <param name="match">How the calls are compared with the steps.</param>
    /// <param name="steps">The steps, as <see cref="TrajectoryStep.Parse"/> reads them.</param>
    /// <returns>The trajectory.</returns>
    public static ExpectedTrajectory Of(TrajectoryMatch match, params IEnumerable<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return new ExpectedTrajectory(match, steps.Select(s => TrajectoryStep.Parse(s ?? string.Empty)));
    }

    /// <summary>Adds a step at the end.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="argumentsJson">A JSON object of the expected arguments; <see langword="null"/> for any (or the tool's, from <see cref="WithArguments(string, string, ArgumentMatch)"/>).</param>
    /// <param name="match">How the arguments are compared.</param>
    /// <returns>A copy with the step.</returns>
    public ExpectedTrajectory Then(string tool, string? argumentsJson = null, ArgumentMatch match = ArgumentMatch.Subset) =>
        Then(new TrajectoryStep(tool, argumentsJson, match));

    /// <summary>Adds a step at the end.</summary>
    /// <param name="step">The step.</param>
    /// <returns>A copy with the step.</returns>
    public ExpectedTrajectory Then(TrajectoryStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(Match, StepList.Add(step), ToolArguments, MaxCallsByTool, NoToolAfterList);
    }

    /// <summary>Sets the arguments of every step of <paramref name="tool"/> that gives none of its own.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="argumentsJson">A JSON object of the expected arguments.</param>
    /// <param name="match">How they are compared.</param>
    /// <returns>A copy with the tool's arguments.</returns>
    /// <exception cref="ValidatorConfigurationException">The JSON is not an object, or a pattern is not valid.</exception>
    public ExpectedTrajectory WithArguments(string tool, string argumentsJson, ArgumentMatch match = ArgumentMatch.Subset)
    {
        ArgumentNullException.ThrowIfNull(argumentsJson);
        return WithToolArguments(tool, ExpectedArguments.FromJson(tool, argumentsJson, match));
    }

    /// <summary>Decides in code whether the calls of <paramref name="tool"/> have the right arguments, for steps that give none of their own.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="matcher">The matcher.</param>
    /// <returns>A copy with the tool's matcher.</returns>
    public ExpectedTrajectory WithArguments(string tool, IToolCallMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return WithToolArguments(tool, ExpectedArguments.FromMatcher(matcher));
    }

    /// <summary>Decides with a predicate whether the calls of <paramref name="tool"/> have the right arguments, for steps that give none of their own.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="predicate">Whether a call's arguments are right.</param>
    /// <param name="description">What the predicate expects, as the diff shows it.</param>
    /// <returns>A copy with the tool's matcher.</returns>
    public ExpectedTrajectory WithArguments(string tool, Func<ToolCall, bool> predicate, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return WithArguments(tool, new DelegateToolCallMatcher(description ?? "a custom check", predicate));
    }

    /// <summary>Allows at most <paramref name="max"/> calls of <paramref name="tool"/>, whatever the match mode: catches an agent looping on a tool.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="max">The most calls, 1 or more.</param>
    /// <returns>A copy with the limit.</returns>
    /// <exception cref="ValidatorConfigurationException">The name is empty or <paramref name="max"/> is below 1.</exception>
    public ExpectedTrajectory WithMaxCalls(string tool, int max)
    {
        RequireName(tool, "WithMaxCalls");
        if (max < 1)
            throw new ValidatorConfigurationException(string.Create(CultureInfo.InvariantCulture, $"The most calls of tool \"{tool}\" is {max}; it must be 1 or more (forbid the tool with [ForbidToolCall] instead)."));
        return new(Match, StepList, ToolArguments, MaxCallsByTool.SetItem(tool, max), NoToolAfterList);
    }

    /// <summary>Requires that once <paramref name="tool"/> was called, no other tool is (calling it again is allowed; limit that with <see cref="WithMaxCalls"/>).</summary>
    /// <param name="tool">The tool that ends the trajectory, such as <c>issue_refund</c>.</param>
    /// <returns>A copy with the rule.</returns>
    /// <exception cref="ValidatorConfigurationException">The name is empty.</exception>
    public ExpectedTrajectory WithNoToolAfter(string tool)
    {
        RequireName(tool, "WithNoToolAfter");
        return NoToolAfterList.Contains(tool, StringComparer.Ordinal) ? this : new(Match, StepList, ToolArguments, MaxCallsByTool, NoToolAfterList.Add(tool));
    }

    /// <summary>Shows the trajectory: <c>Strict: search → lookup_order → refund</c>.</summary>
    /// <returns>The trajectory as text.</returns>
    public override string ToString()
    {
        var steps = StepList.Length == 0 ? "no step" : string.Join(Match == TrajectoryMatch.Strict ? " → " : ", ", StepList.Select(s => s.Describe(ArgumentsOf(s))));
        return $"{Match}: {steps}";
    }

    /// <summary>Gets the arguments that apply to a step: its own, else its tool's.</summary>
    internal ExpectedArguments? ArgumentsOf(TrajectoryStep step) => step.Expected ?? ToolArguments.GetValueOrDefault(step.Tool);

    private ExpectedTrajectory WithToolArguments(string tool, ExpectedArguments arguments)
    {
        RequireName(tool, "WithArguments");
        return new(Match, StepList, ToolArguments.SetItem(tool, arguments), MaxCallsByTool, NoToolAfterList);
    }

    private static void RequireName(string tool, string method)
    {
        if (string.IsNullOrWhiteSpace(tool))
            throw new ValidatorConfigurationException($"{method} names no tool: give the tool's name.");
    }
}
