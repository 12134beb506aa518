using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>Creates a validator for an attribute, and says in any configuration error which attribute on which test is wrong.</summary>
internal static class ValidatorCreation
{
    /// <summary>Runs <paramref name="create"/>, adding the attribute and the test to a <see cref="ValidatorConfigurationException"/>.</summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="context">Where the attribute was found.</param>
    /// <param name="create">Creates the validator.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The attribute's arguments are not valid.</exception>
    public static IValidator For(ValidatorAttribute attribute, ValidatorCreationContext context, Func<IValidator> create)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            return create();
        }
        catch (ValidatorConfigurationException ex)
        {
            throw new ValidatorConfigurationException($"[{AttributeName(attribute)}] on test {context.TestName}: {ex.Message}", ex);
        }
    }

    /// <summary>Gets the attribute's name as written in code: <c>MatchesRegex</c> for <c>MatchesRegexAttribute</c>.</summary>
    public static string AttributeName(ValidatorAttribute attribute)
    {
        var name = attribute.GetType().Name;
        return name.EndsWith(nameof(Attribute), StringComparison.Ordinal) ? name[..^nameof(Attribute).Length] : name;
    }
}
