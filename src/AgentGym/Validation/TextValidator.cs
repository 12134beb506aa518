namespace AgentGym.Validation;

/// <summary>Checks the agent's text: that it contains, does not contain, starts with or equals given strings.</summary>
public sealed class TextValidator : IValidator
{
    private readonly string? _contains;
    private readonly string? _notContains;
    private readonly string? _startsWith;
    private readonly string? _equals;
    private readonly StringComparison _comparison;

    /// <summary>Creates the validator. Every condition that is set must hold.</summary>
    /// <param name="contains">A string the text must contain.</param>
    /// <param name="notContains">A string the text must not contain.</param>
    /// <param name="startsWith">A string the text must start with.</param>
    /// <param name="equals">The whole text the answer must be.</param>
    /// <param name="ignoreCase">Whether to compare without regard to case.</param>
    /// <exception cref="ValidatorConfigurationException">No condition is set.</exception>
    public TextValidator(string? contains = null, string? notContains = null, string? startsWith = null, string? equals = null, bool ignoreCase = false)
    {
        if (contains is null && notContains is null && startsWith is null && equals is null)
            throw new ValidatorConfigurationException("No text condition is set: set at least one of Contains, NotContains, StartsWith or Equals.");
        (_contains, _notContains, _startsWith, _equals) = (contains, notContains, startsWith, equals);
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        Name = ValidatorNames.Format("ExpectText", [],
            ("Contains", contains), ("NotContains", notContains), ("StartsWith", startsWith), ("Equals", equals), ("IgnoreCase", ignoreCase));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Response.Text;
        var unmet = new List<string>();
        if (_contains is not null && !text.Contains(_contains, _comparison))
            unmet.Add($"to contain {QuotedText.Of(_contains)}");
        if (_notContains is not null && text.IndexOf(_notContains, _comparison) is var found and >= 0)
            unmet.Add($"not to contain {QuotedText.Of(_notContains)} (found at index {found})");
        if (_startsWith is not null && !text.StartsWith(_startsWith, _comparison))
            unmet.Add($"to start with {QuotedText.Of(_startsWith)}");
        if (_equals is not null && !string.Equals(text, _equals, _comparison))
            unmet.Add($"to equal {QuotedText.Of(_equals)}");

        var caseNote = _comparison == StringComparison.OrdinalIgnoreCase ? " (ignoring case)" : string.Empty;
        return unmet.Count == 0
            ? ValidationResult.Pass(Name, $"the text met every condition{caseNote}")
            : ValidationResult.Fail(Name, $"expected the text {string.Join(" and ", unmet)}{caseNote}; got {QuotedText.Of(text)}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));
}
