using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires that once a tool was called, no other tool is: <c>[NoToolAfter("issue_refund")]</c>, so that nothing happens after
/// the refund. Calling the tool itself again is allowed; limit that with <c>[MaxToolCalls]</c>.
/// </summary>
public sealed class NoToolAfterAttribute : ValidatorAttribute
{
    /// <summary>Requires that no other tool is called after <paramref name="tool"/>.</summary>
    /// <param name="tool">The tool's name.</param>
    public NoToolAfterAttribute(string tool) => Tool = tool;

    /// <summary>Gets the tool's name.</summary>
    public string Tool { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new TrajectoryValidator(
            ExpectedTrajectory.Any().WithNoToolAfter(Tool), ValidatorNames.Format("NoToolAfter", [Tool])));
}
