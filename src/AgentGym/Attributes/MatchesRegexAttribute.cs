using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>Requires the agent's text to match a regular expression: <c>[MatchesRegex("refund(ed)?", IgnoreCase = true)]</c>.</summary>
public sealed class MatchesRegexAttribute : ValidatorAttribute
{
    /// <summary>Requires the text to match <paramref name="pattern"/>.</summary>
    /// <param name="pattern">The regular expression (.NET syntax).</param>
    public MatchesRegexAttribute(string pattern) => Pattern = pattern;

    /// <summary>Gets the regular expression.</summary>
    public string Pattern { get; }

    /// <summary>Gets or sets whether to match without regard to case.</summary>
    public bool IgnoreCase { get; set; }

    /// <summary>Gets or sets how long one match may take, in milliseconds (default 1000); a match that takes longer fails.</summary>
    public int TimeoutMs { get; set; } = (int)RegexValidator.DefaultTimeout.TotalMilliseconds;

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new RegexValidator(Pattern, IgnoreCase, TimeSpan.FromMilliseconds(TimeoutMs)));
}
