namespace AgentGym.Tests.Storage;

/// <summary>A SQLite file path in a fresh temporary folder, deleted with the folder.</summary>
internal sealed class TempStoreFile : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "agentgym-store-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "results.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
