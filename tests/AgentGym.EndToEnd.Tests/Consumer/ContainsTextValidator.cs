using AgentGym.Validation;

namespace Consumer;

public sealed class ContainsTextValidator(string expected) : IValidator
{
    public string Name => $"ContainsText(\"{expected}\")";

    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(context.Response.Text.Contains(expected, StringComparison.Ordinal)
            ? ValidationResult.Pass(Name, $"found \"{expected}\"")
            : ValidationResult.Fail(Name, $"expected the response to contain \"{expected}\", got \"{context.Response.Text}\""));
}
