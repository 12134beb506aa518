using AgentGym.Sdk;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Several_stores_writing_one_file_at_once_lose_nothing()
    {
        const int Writers = 6;
        const int ResultsEach = 40;
        using (new SqliteResultStore(_file.Path))
        {
        }

        // Each writer is a separate store (its own connections), as separate test processes are.
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            using var store = new SqliteResultStore(_file.Path);
            var runId = store.BeginRun(Run());
            for (var i = 0; i < ResultsEach; i++)
                store.RecordTestRun(runId, Result(test: $"Writer{w}.Test{i}"));
            return runId;
        }));
        var runIds = await Task.WhenAll(writers);

        using var reader = new SqliteResultStore(_file.Path);
        Assert.Equal(Writers, runIds.Distinct().Count());
        Assert.All(runIds, id => Assert.Equal(ResultsEach, reader.GetTestRuns(id).Count));
    }
}
