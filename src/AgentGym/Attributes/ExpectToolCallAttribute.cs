using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent to call a tool: <c>[ExpectToolCall("search", Arguments = """{"query":"refund"}""", Times = 1)]</c>.
/// </summary>
public sealed class ExpectToolCallAttribute : ValidatorAttribute
{
    /// <summary>Requires a call to the tool <paramref name="name"/>.</summary>
    /// <param name="name">The tool's name (compared exactly).</param>
    public ExpectToolCallAttribute(string name) => Name = name;

    /// <summary>Gets the tool's name.</summary>
    public string Name { get; }

    /// <summary>Gets or sets a JSON object that the call's arguments must hold (a subset: other arguments may be there too).</summary>
    public string? Arguments { get; set; }

    /// <summary>Gets or sets how many matching calls there must be; 0 (the default) for at least one.</summary>
    public int Times { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new ToolCallValidator(Name, Arguments, Times));
}
