using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>The test case properties the adapter sets beyond the built-in ones.</summary>
internal static class AgentGymTestProperties
{
    /// <summary>The type that declares the test, in the managed-name format Test Explorer reads (vstest RFC 0017).</summary>
    public static readonly TestProperty ManagedType = TestProperty.Register(
        "TestCase.ManagedType", "ManagedType", string.Empty, string.Empty, typeof(string), null, TestPropertyAttributes.Hidden, typeof(TestCase));

    /// <summary>The test method with its parameter types, in the managed-name format Test Explorer reads (vstest RFC 0017).</summary>
    public static readonly TestProperty ManagedMethod = TestProperty.Register(
        "TestCase.ManagedMethod", "ManagedMethod", string.Empty, string.Empty, typeof(string), null, TestPropertyAttributes.Hidden, typeof(TestCase));

    /// <summary>Where Test Explorer places the test: container, namespace, class and method (vstest RFC 0033).</summary>
    public static readonly TestProperty Hierarchy = TestProperty.Register(
        "TestCase.Hierarchy", "Hierarchy", string.Empty, string.Empty, typeof(string[]), null, TestPropertyAttributes.Immutable, typeof(TestCase));

    /// <summary>
    /// The test's unique key within its assembly (the definition id), so that run-selected-tests finds the test again after
    /// the assembly is discovered anew.
    /// </summary>
    public static readonly TestProperty DefinitionId = TestProperty.Register(
        "AgentGym.DefinitionId", "AgentGym definition id", typeof(string), TestPropertyAttributes.Hidden, typeof(TestCase));
}
