namespace AgentGym.Sdk;

/// <summary>
/// Names a results store provider that comes with an assembly. A store package puts it on its own assembly and, through its
/// build files, on every project that references the package, so that <c>dotnet test</c> finds the store without code;
/// <see cref="ResultStores"/> reads it from the assemblies of the process.
/// </summary>
/// <param name="providerType">A public class that implements <see cref="IResultStoreProvider"/> and has a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ResultStoreProviderAttribute(Type providerType) : Attribute
{
    /// <summary>Gets the provider's class.</summary>
    public Type ProviderType { get; } = providerType;
}
