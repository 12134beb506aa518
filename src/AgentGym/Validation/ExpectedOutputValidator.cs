using System.Text.Json;

namespace AgentGym.Validation;

/// <summary>
/// Checks that the agent's JSON output holds an expected JSON subset: <c>{"status":"success"}</c> holds for any output
/// object that has that member. Nested objects are subsets too, arrays compare item by item with the same length, and
/// numbers compare by value. The structured output is checked when there is one, else the text when it is JSON.
/// </summary>
public sealed class ExpectedOutputValidator : IValidator
{
    private readonly JsonElement _expected;

    /// <summary>Creates the validator.</summary>
    /// <param name="expectedJson">The JSON that must hold in the output.</param>
    /// <exception cref="ValidatorConfigurationException"><paramref name="expectedJson"/> is not valid JSON.</exception>
    public ExpectedOutputValidator(string expectedJson)
    {
        ArgumentNullException.ThrowIfNull(expectedJson);
        _expected = JsonText.Parse(expectedJson, "The expected output");
        Name = ValidatorNames.Format("ExpectOutput", [expectedJson]);
    }

    /// <summary>Creates the validator.</summary>
    /// <param name="expected">The JSON that must hold in the output.</param>
    public ExpectedOutputValidator(JsonElement expected)
    {
        _expected = expected.Clone();
        Name = ValidatorNames.Format("ExpectOutput", [JsonText.Show(_expected)]);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the JSON that must hold in the output.</summary>
    public JsonElement Expected => _expected;

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expected = JsonText.Show(_expected);
        if (context.Response.GetOutputOrParsedText() is not { } output)
        {
            return ValidationResult.Fail(Name,
                $"expected JSON output holding {expected}; the answer has no structured output and its text is not JSON: {QuotedText.Of(context.Response.Text)}");
        }

        var differences = JsonSubset.Differences(_expected, output);
        return differences.Count == 0
            ? ValidationResult.Pass(Name, $"the output holds {expected}")
            : ValidationResult.Fail(Name, $"expected the output to hold {expected}; {string.Join("; ", differences)}. The output: {JsonText.Show(output)}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));
}
