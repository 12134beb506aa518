using AgentGym.Validation;

namespace AgentGym.TestAdapter.Fixtures.Validators;

/// <summary>A validator attribute of the fixture's own: the response text must contain a string.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ContainsTextAttribute(string expected) : ValidatorAttribute
{
    public string Expected { get; } = expected;

    public override IValidator CreateValidator(ValidatorCreationContext context) => new ContainsTextValidator(Expected);
}
