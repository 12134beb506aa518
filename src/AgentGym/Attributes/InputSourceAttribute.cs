namespace AgentGym.Attributes;

/// <summary>
/// Takes the test's inputs from a static property, field or parameterless method of the test class (or of
/// <see cref="MemberType"/>) that returns strings or <c>AgentRequest</c>s: one test case per item.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class InputSourceAttribute : Attribute
{
    /// <summary>Names the member that holds the inputs.</summary>
    /// <param name="memberName">Use <c>nameof(Member)</c>.</param>
    public InputSourceAttribute(string memberName) => MemberName = memberName;

    /// <summary>Gets the member's name.</summary>
    public string MemberName { get; }

    /// <summary>Gets or sets the type that declares the member, when it is not the test class.</summary>
    public Type? MemberType { get; set; }
}
