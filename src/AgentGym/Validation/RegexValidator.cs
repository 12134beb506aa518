using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentGym.Validation;

/// <summary>Checks that the agent's text matches a regular expression, within a match timeout.</summary>
public sealed class RegexValidator : IValidator
{
    private readonly Regex _regex;

    /// <summary>Creates the validator.</summary>
    /// <param name="pattern">The regular expression (.NET syntax).</param>
    /// <param name="ignoreCase">Whether to match without regard to case.</param>
    /// <param name="timeout">How long one match may take; defaults to <see cref="DefaultTimeout"/>.</param>
    /// <exception cref="ValidatorConfigurationException">The pattern is not valid, or the timeout is not positive.</exception>
    public RegexValidator(string pattern, bool ignoreCase = false, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var matchTimeout = timeout ?? DefaultTimeout;
        if (matchTimeout <= TimeSpan.Zero || matchTimeout.TotalMilliseconds > int.MaxValue)
            throw new ValidatorConfigurationException(string.Create(CultureInfo.InvariantCulture, $"The match timeout of {matchTimeout.TotalMilliseconds} ms for the pattern {QuotedText.Of(pattern)} is not valid: it must be positive and at most {int.MaxValue} ms."));
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            _regex = new Regex(pattern, options, matchTimeout);
        }
        catch (RegexParseException ex)
        {
            throw new ValidatorConfigurationException($"The pattern {QuotedText.Of(pattern)} is not a valid regular expression: {ex.Message}", ex);
        }

        Timeout = matchTimeout;
        Name = ValidatorNames.Format("MatchesRegex", [pattern],
            ("IgnoreCase", ignoreCase), ("TimeoutMs", matchTimeout == DefaultTimeout ? null : (long)matchTimeout.TotalMilliseconds));
    }

    /// <summary>Gets the match timeout used when none is given: one second.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the regular expression.</summary>
    public string Pattern => _regex.ToString();

    /// <summary>Gets how long one match may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>Checks the response.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Response.Text;
        var caseNote = _regex.Options.HasFlag(RegexOptions.IgnoreCase) ? " (ignoring case)" : string.Empty;
        // The match may take no longer than what is left of the attempt's timeout.
        var left = context.Deadline is { } deadline ? deadline - DateTimeOffset.UtcNow : Timeout;
        var budget = left < Timeout ? TimeSpan.FromMilliseconds(Math.Max(1, left.TotalMilliseconds)) : Timeout;
        Match match;
        try
        {
            match = budget == Timeout ? _regex.Match(text) : Regex.Match(text, Pattern, _regex.Options, budget);
        }
        catch (RegexMatchTimeoutException)
        {
            var limit = budget == Timeout
                ? string.Create(CultureInfo.InvariantCulture, $"within {Timeout.TotalMilliseconds} ms")
                : string.Create(CultureInfo.InvariantCulture, $"within the {budget.TotalMilliseconds:0} ms left of the attempt's timeout");
            return ValidationResult.Error(Name, $"the pattern {QuotedText.Of(Pattern)} did not finish matching {limit} on the text {QuotedText.Of(text)}");
        }

        return match.Success
            ? ValidationResult.Pass(Name, string.Create(CultureInfo.InvariantCulture, $"matched {QuotedText.Of(match.Value)} at index {match.Index}"))
            : ValidationResult.Fail(Name, $"expected text matching {QuotedText.Of(Pattern)}{caseNote}; got {QuotedText.Of(text)}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));
}
