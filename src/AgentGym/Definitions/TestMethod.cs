using System.Reflection;

namespace AgentGym.Sdk;

/// <summary>The C# method behind an attributed agent test.</summary>
/// <param name="Class">The test class (for inherited tests, the class the test was discovered on).</param>
/// <param name="Method">The test method.</param>
public sealed record TestMethod(Type Class, MethodInfo Method)
{
    /// <inheritdoc />
    public override string ToString() => $"{Class.FullName}.{Method.Name}";
}
