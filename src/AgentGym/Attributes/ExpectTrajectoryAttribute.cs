using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent's tool calls to follow a trajectory:
/// <c>[ExpectTrajectory(TrajectoryMatch.Strict, "search", """lookup_order {"order_id":"A-1"}""", "issue_refund")]</c>.
/// Each step is a tool name, optionally followed by a JSON object of its arguments; <c>[ToolArguments]</c> gives the
/// arguments of every step of a tool, by regex or by a matcher in code. A failure shows both trajectories side by side.
/// </summary>
public sealed class ExpectTrajectoryAttribute : ValidatorAttribute
{
    /// <summary>Requires the calls <paramref name="steps"/>, compared as <paramref name="match"/> says.</summary>
    /// <param name="match">Strict (these calls in this order, no others), unordered, subset or superset.</param>
    /// <param name="steps">The steps: <c>search</c>, or <c>search {"query":"refund"}</c>.</param>
    public ExpectTrajectoryAttribute(TrajectoryMatch match, params string[] steps)
    {
        Mode = match;
        Steps = steps ?? [];
    }

    /// <summary>Gets how the calls are compared with the steps.</summary>
    public TrajectoryMatch Mode { get; }

    /// <summary>Gets the steps as written.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Gets or sets how the arguments written in the steps are compared; a JSON subset by default.</summary>
    public ArgumentMatch ArgumentMatch { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () =>
        {
            var expected = new ExpectedTrajectory(Mode, Steps.Select(s => TrajectoryStep.Parse(s ?? string.Empty, ArgumentMatch)));
            foreach (var arguments in context.Attributes.OfType<ToolArgumentsAttribute>())
                expected = arguments.ApplyTo(expected);
            return new TrajectoryValidator(expected);
        });
}
