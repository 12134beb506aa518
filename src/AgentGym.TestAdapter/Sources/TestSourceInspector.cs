using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace AgentGym.TestAdapter.Sources;

/// <summary>
/// Decides, without loading it, whether a source the test platform offers can hold agent tests: it must be a .NET assembly
/// that references AgentGym. Every other adapter's test assemblies reach this adapter too, so this check keeps it cheap.
/// </summary>
internal static class TestSourceInspector
{
    /// <summary>The name of the engine assembly that a test assembly must reference.</summary>
    public const string EngineAssemblyName = "AgentGym";

    /// <summary>Says why a source holds no agent tests, or nothing when it may hold some.</summary>
    /// <param name="source">The path of the source.</param>
    /// <returns>The reason to skip it, or <see langword="null"/>.</returns>
    public static string? ReasonToSkip(string source)
    {
        if (!File.Exists(source))
            return "the file does not exist";
        try
        {
            using var stream = File.OpenRead(source);
            using var peReader = new PEReader(stream);
            if (!peReader.HasMetadata)
                return "it is not a .NET assembly";
            var metadata = peReader.GetMetadataReader();
            if (!metadata.IsAssembly)
                return "it is not a .NET assembly";
            if (metadata.StringComparer.Equals(metadata.GetAssemblyDefinition().Name, EngineAssemblyName))
                return "it is the AgentGym engine itself";
            foreach (var handle in metadata.AssemblyReferences)
            {
                if (metadata.StringComparer.Equals(metadata.GetAssemblyReference(handle).Name, EngineAssemblyName))
                    return null;
            }

            return $"it does not reference {EngineAssemblyName}";
        }
        catch (BadImageFormatException)
        {
            return "it is not a .NET assembly";
        }
        catch (IOException ex)
        {
            return $"it cannot be read ({ex.Message})";
        }
        catch (UnauthorizedAccessException ex)
        {
            return $"it cannot be read ({ex.Message})";
        }
    }
}
