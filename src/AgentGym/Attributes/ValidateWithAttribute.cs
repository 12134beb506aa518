using System.Reflection;
using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Applies a validator class of your own: <c>[ValidateWith(typeof(PoliteToneValidator), "en")]</c> creates it with the
/// constructor that takes the given arguments.
/// </summary>
public sealed class ValidateWithAttribute : ValidatorAttribute
{
    /// <summary>Applies a custom validator.</summary>
    /// <param name="validatorType">A class that implements <see cref="IValidator"/>.</param>
    /// <param name="arguments">The arguments for its constructor.</param>
    public ValidateWithAttribute(Type validatorType, params object?[]? arguments)
    {
        ValidatorType = validatorType;
        // C# passes a lone null argument as a null array: it is one null argument.
        Arguments = arguments ?? [null];
    }

    /// <summary>Gets the validator's type.</summary>
    public Type ValidatorType { get; }

    /// <summary>Gets the arguments for its constructor.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) => ValidatorCreation.For(this, context, Create);

    private IValidator Create()
    {
        if (ValidatorType is null)
            throw new ValidatorConfigurationException("No validator type is given: pass typeof(YourValidator).");
        if (!typeof(IValidator).IsAssignableFrom(ValidatorType))
            throw new ValidatorConfigurationException($"{ValidatorType.FullName} is not a validator: it must implement {typeof(IValidator).FullName}.");
        if (ValidatorType.IsAbstract || ValidatorType.IsInterface || ValidatorType.ContainsGenericParameters)
            throw new ValidatorConfigurationException($"{ValidatorType.FullName} cannot be created: it is abstract, an interface or an open generic type.");

        var arguments = Arguments.ToArray();
        try
        {
            return (IValidator)Activator.CreateInstance(ValidatorType, arguments)!;
        }
        catch (MissingMethodException ex)
        {
            throw new ValidatorConfigurationException(
                $"{ValidatorType.FullName} has no public constructor that takes ({Describe(arguments)}); its public constructors take: {Constructors()}.", ex);
        }
        catch (AmbiguousMatchException ex)
        {
            throw new ValidatorConfigurationException($"{ValidatorType.FullName} has more than one public constructor that takes ({Describe(arguments)}); pass arguments that pick one.", ex);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            throw new ValidatorConfigurationException($"The constructor of {ValidatorType.FullName} threw {inner.GetType().Name}: {inner.Message}", inner);
        }
    }

    private static string Describe(object?[] arguments) =>
        arguments.Length == 0 ? "no arguments" : string.Join(", ", arguments.Select(a => a?.GetType().Name ?? "null"));

    private string Constructors()
    {
        var constructors = ValidatorType.GetConstructors();
        return constructors.Length == 0
            ? "none"
            : string.Join("; ", constructors.Select(c => $"({string.Join(", ", c.GetParameters().Select(p => $"{p.ParameterType.Name} {p.Name}"))})"));
    }
}
