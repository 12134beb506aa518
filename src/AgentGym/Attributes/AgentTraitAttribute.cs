namespace AgentGym.Attributes;

/// <summary>Adds a name/value trait to the tests of a class or method, for <c>dotnet test --filter Name=Value</c> and Test Explorer grouping.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AgentTraitAttribute : Attribute
{
    /// <summary>Declares the trait.</summary>
    /// <param name="name">The trait's name.</param>
    /// <param name="value">The trait's value.</param>
    public AgentTraitAttribute(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>Gets the trait's name.</summary>
    public string Name { get; }

    /// <summary>Gets the trait's value.</summary>
    public string Value { get; }
}
