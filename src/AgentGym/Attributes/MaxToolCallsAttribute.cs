using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>Allows at most a number of calls of a tool, to catch an agent that loops on it: <c>[MaxToolCalls("search", 2)]</c>.</summary>
public sealed class MaxToolCallsAttribute : ValidatorAttribute
{
    /// <summary>Allows at most <paramref name="max"/> calls of <paramref name="tool"/>.</summary>
    /// <param name="tool">The tool's name.</param>
    /// <param name="max">The most calls, 1 or more.</param>
    public MaxToolCallsAttribute(string tool, int max)
    {
        Tool = tool;
        Max = max;
    }

    /// <summary>Gets the tool's name.</summary>
    public string Tool { get; }

    /// <summary>Gets the most calls.</summary>
    public int Max { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new TrajectoryValidator(
            ExpectedTrajectory.Any().WithMaxCalls(Tool, Max), ValidatorNames.Format("MaxToolCalls", [Tool, Max])));
}
