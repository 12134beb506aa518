namespace AgentGym.Attributes;

/// <summary>Skips the test, saying why, when the startup class did not register this service (an integration test's database, a search index).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class RequiresServiceAttribute : Attribute
{
    /// <summary>Names the service.</summary>
    /// <param name="serviceType">The service type the test needs.</param>
    public RequiresServiceAttribute(Type serviceType) => ServiceType = serviceType;

    /// <summary>Gets the service type the test needs.</summary>
    public Type ServiceType { get; }
}
