using System.Diagnostics;
using System.Globalization;
using AgentGym.Sdk;
using Microsoft.Data.Sqlite;

namespace AgentGym.Tests.Storage;

public sealed class KilledWriterTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task A_process_killed_while_recording_leaves_every_committed_result()
    {
        const int Announced = 200;
        var writer = Path.Combine(AppContext.BaseDirectory, "AgentGym.Storage.Writer.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", writer, _file.Path, Announced.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(argument);
        using var child = Process.Start(start)!;

        var line = await child.StandardOutput.ReadLineAsync();
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();

        Assert.StartsWith($"recorded {Announced} in run ", line, StringComparison.Ordinal);
        var runId = long.Parse(line!.Split(' ')[^1], CultureInfo.InvariantCulture);
        using var store = new SqliteResultStore(_file.Path);
        var results = store.GetTestRuns(runId);
        Assert.True(results.Count >= Announced, $"{results.Count} results survived; {Announced} had been committed.");
        Assert.Equal(Enumerable.Range(1, results.Count).Select(i => (long?)i), results.Select(r => r.TotalTokens));
        Assert.Null(store.GetRun(runId)!.CompletedAt);
        Assert.Equal("ok", IntegrityCheck(_file.Path));
    }

    private static object? IntegrityCheck(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return command.ExecuteScalar();
    }
}
