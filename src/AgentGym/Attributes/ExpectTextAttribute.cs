using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Requires the agent's text to contain, not contain, start with or equal given strings:
/// <c>[ExpectText(Contains = "refund", IgnoreCase = true)]</c>. Every condition that is set must hold; at least one must be set.
/// </summary>
public sealed class ExpectTextAttribute : ValidatorAttribute
{
    /// <summary>Gets or sets a string the text must contain.</summary>
    public string? Contains { get; set; }

    /// <summary>Gets or sets a string the text must not contain.</summary>
    public string? NotContains { get; set; }

    /// <summary>Gets or sets a string the text must start with.</summary>
    public string? StartsWith { get; set; }

    /// <summary>Gets or sets the whole text the answer must be.</summary>
    /// <remarks>Named for how it reads in the attribute; it hides <see cref="Attribute.Equals(object?)"/> on this type only.</remarks>
    public new string? Equals { get; set; }

    /// <summary>Gets or sets whether to compare without regard to case.</summary>
    public bool IgnoreCase { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new TextValidator(Contains, NotContains, StartsWith, Equals, IgnoreCase));
}
