using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent's JSON output to hold a JSON subset: <c>[ExpectOutput("""{"status":"success"}""")]</c> holds for any
/// output object with that member. Nested objects are subsets too, arrays compare item by item with the same length, and
/// numbers compare by value. A text answer that is JSON counts as output.
/// </summary>
public sealed class ExpectOutputAttribute : ValidatorAttribute
{
    /// <summary>Requires the output to hold <paramref name="json"/>.</summary>
    /// <param name="json">The JSON that must hold in the output.</param>
    public ExpectOutputAttribute(string json) => Json = json;

    /// <summary>Gets the JSON that must hold in the output.</summary>
    public string Json { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new ExpectedOutputValidator(Json));
}
