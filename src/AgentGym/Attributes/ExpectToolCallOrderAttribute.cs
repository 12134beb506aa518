using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent to call tools in a relative order: <c>[ExpectToolCallOrder("search", "lookup", "refund")]</c>. Other
/// calls may come before, between and after them.
/// </summary>
public sealed class ExpectToolCallOrderAttribute : ValidatorAttribute
{
    /// <summary>Requires calls to <paramref name="names"/> in this order.</summary>
    /// <param name="names">The tools, in the order they must be called.</param>
    public ExpectToolCallOrderAttribute(params string[] names) => Names = names ?? [];

    /// <summary>Gets the tools, in the order they must be called.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new ToolCallOrderValidator(Names));
}
