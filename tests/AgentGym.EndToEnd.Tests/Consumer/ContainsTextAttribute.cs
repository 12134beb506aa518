using AgentGym.Validation;

namespace Consumer;

[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ContainsTextAttribute(string expected) : ValidatorAttribute
{
    public override IValidator CreateValidator(ValidatorCreationContext context) => new ContainsTextValidator(expected);
}
