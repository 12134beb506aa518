namespace AgentGym.Validation;

/// <summary>
/// The base of every validator attribute (<c>[MatchesRegex]</c>, <c>[ExpectToolCall]</c>, ...). Derive from it to make an
/// attribute for a validator of your own. Validators are created once, when tests are discovered, so a bad pattern or a
/// missing schema file shows up as a failing test that says what is wrong.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public abstract class ValidatorAttribute : Attribute
{
    /// <summary>
    /// Gets or sets the turn of a conversation test whose answer this validator judges (1 for the first <c>[Turn]</c>); 0, the
    /// default, judges the test's response: in a conversation, the last answer with every turn's tool calls and metrics.
    /// </summary>
    public int Turn { get; set; }

    /// <summary>Creates the validator this attribute stands for.</summary>
    /// <param name="context">Where the test lives, to resolve files.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The attribute's arguments are not valid.</exception>
    public abstract IValidator CreateValidator(ValidatorCreationContext context);
}
