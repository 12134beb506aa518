using System.Reflection;
using System.Runtime.Loader;

namespace AgentGym.Cli.Commands;

/// <summary>
/// Loads a benchmark assembly with its own dependencies, except those the tool ships (AgentGym, Microsoft.Extensions.AI, ...):
/// those come from the tool, so that the attributes and types the runner and the engine use are the ones the assembly uses.
/// </summary>
internal sealed class BenchmarkLoadContext(string assemblyPath) : AssemblyLoadContext(isCollectible: false)
{
    private readonly AssemblyDependencyResolver _resolver = new(assemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (assemblyName.Name is { } name && (File.Exists(Path.Combine(AppContext.BaseDirectory, name + ".dll")) || Default.Assemblies.Any(a => a.GetName().Name == name)))
            return null;
        return _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        _resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
