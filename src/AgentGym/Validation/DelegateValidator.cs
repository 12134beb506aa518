namespace AgentGym.Validation;

/// <summary>A validator made from a delegate, for checks written inline (see <see cref="Validator"/>).</summary>
public sealed class DelegateValidator : IValidator
{
    private readonly Func<ValidationContext, CancellationToken, ValueTask<ValidationResult>> _validate;

    /// <summary>Creates the validator.</summary>
    /// <param name="name">The name shown in results.</param>
    /// <param name="validate">Checks an attempt. It may be called from several attempts at once.</param>
    public DelegateValidator(string name, Func<ValidationContext, CancellationToken, ValueTask<ValidationResult>> validate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(validate);
        Name = name;
        _validate = validate;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await _validate(context, cancellationToken).ConfigureAwait(false);
        // The verdict carries this validator's name, whatever name the delegate put on it.
        return result is null
            ? ValidationResult.Fail(Name, "the validator returned no verdict (null)")
            : result with { Validator = Name };
    }
}
