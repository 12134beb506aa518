namespace AgentGym.Remote.Tests.Support;

/// <summary>A fresh folder for one test's cassettes, deleted afterwards.</summary>
public sealed class CassetteFolder : IDisposable
{
    public CassetteFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agentgym-cassettes-" + Guid.NewGuid().ToString("N"));

    /// <summary>Gets the cassette file of a name.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name + ".cassette.json");

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
