using AgentGym.Definitions;
using AgentGym.Sdk;

namespace AgentGym.Tests.Discovery.Declarative;

/// <summary>A temp folder of declarative test files, as a test project's output folder holds them.</summary>
internal sealed class TestFileFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("agentgym-declarative-").FullName;

    public TestFileFolder With(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content.ReplaceLineEndings("\n"));
        return this;
    }

    public IReadOnlyList<AgentTestDefinition> Discover(string? projectFolder = null) => DeclarativeTestDiscoverer.Discover(Path, projectFolder);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
