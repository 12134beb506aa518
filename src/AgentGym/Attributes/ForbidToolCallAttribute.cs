using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>Requires the agent never to call a tool: <c>[ForbidToolCall("delete_account")]</c>.</summary>
public sealed class ForbidToolCallAttribute : ValidatorAttribute
{
    /// <summary>Forbids calls to the tool <paramref name="name"/>.</summary>
    /// <param name="name">The tool's name (compared exactly).</param>
    public ForbidToolCallAttribute(string name) => Name = name;

    /// <summary>Gets the forbidden tool's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new ForbiddenToolCallValidator(Name));
}
