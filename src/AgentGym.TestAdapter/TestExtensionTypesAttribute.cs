// The test platform reads this attribute by its full name, from the extension's own assembly (vstest's TypesToLoadUtilities),
// so it lives in the platform's namespace; it is internal to AgentGym.TestAdapter.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.VisualStudio.TestPlatform;
#pragma warning restore IDE0130

/// <summary>
/// Names the test platform extensions an assembly holds. When an extension assembly carries it, the test platform looks at
/// these types alone instead of loading every type of the assembly to find its extensions.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
internal sealed class TestExtensionTypesAttribute : Attribute
{
    /// <summary>Names the extension types.</summary>
    /// <param name="types">The types that implement a test platform extension (a discoverer, an executor).</param>
    public TestExtensionTypesAttribute(params Type[] types) => Types = types;

    /// <summary>Gets the extension types; the test platform reads this property by name.</summary>
    public Type[] Types { get; }
}
