using AgentGym.Validation;

namespace AgentGym.TestAdapter.Fixtures.Validators;

/// <summary>Passes when the response text contains the expected string.</summary>
public sealed class ContainsTextValidator(string expected) : IValidator
{
    public string Name => $"ContainsText(\"{expected}\")";

    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Response.Text;
        return ValueTask.FromResult(text.Contains(expected, StringComparison.Ordinal)
            ? ValidationResult.Pass(Name, $"found \"{expected}\"")
            : ValidationResult.Fail(Name, $"expected the response to contain \"{expected}\", got \"{text}\""));
    }
}
