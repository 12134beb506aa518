using AgentGym.Sdk;
using Microsoft.Data.Sqlite;

namespace AgentGym.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    public static TheoryData<int> EarlierVersions()
    {
        var versions = new TheoryData<int>();
        for (var version = 1; version < SqliteResultStore.LatestSchemaVersion; version++)
            versions.Add(version);
        return versions;
    }

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void A_database_of_an_earlier_version_opens_at_the_latest_with_its_results(int version)
    {
        using (var old = new SqliteResultStore(_file.Path, version))
            Assert.Equal(version, old.GetSchemaVersion());
        SeedWithVersionOneColumns(_file.Path);

        using var store = new SqliteResultStore(_file.Path);

        Assert.Equal(SqliteResultStore.LatestSchemaVersion, store.GetSchemaVersion());
        var result = Assert.Single(store.GetTestHistory("Old.Test", 10));
        Assert.Equal((777L, "old answer", false), (result.TotalTokens, result.ResponseText, result.IsFlaky));
        store.SetBaseline("kept", result.RunId);
        Assert.Equal(777, store.FindBaseline("Old.Test[agent=a]", "kept", "main")?.TotalTokens);
    }

    [Fact]
    public void Opening_twice_applies_each_migration_once()
    {
        using (new SqliteResultStore(_file.Path))
        {
        }
        using var store = new SqliteResultStore(_file.Path);

        using var connection = new SqliteConnection($"Data Source={_file.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM schema_version";
        Assert.Equal((long)SqliteResultStore.LatestSchemaVersion, command.ExecuteScalar());
    }

    // Rows written the way the first schema could hold them: every later migration must keep them.
    private static void SeedWithVersionOneColumns(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO agent_runs (id, kind, source, git_commit, git_branch, machine, run_group, started_at) " +
            "VALUES (1, 'test', 'Old.dll', 'c1', 'main', 'm', NULL, '2025-01-01T00:00:00.0000000Z');" +
            "INSERT INTO agent_tests (id, test_key, full_name, display_name, test_type, first_seen_at, last_seen_at) " +
            "VALUES (1, 'Old.Test[agent=a]', 'Old.Test', 'Old.Test (a)', 'Functional', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:00.0000000Z');" +
            "INSERT INTO agent_test_runs (run_id, test_id, status, input_tokens, output_tokens, total_tokens, llm_calls, tool_calls, duration_ms, " +
            "attempt, response_text, validations_json, started_at, completed_at) VALUES (1, 1, 'Passed', 700, 77, 777, 1, 0, 12.5, 1, " +
            "'old answer', '[]', '2025-01-01T00:00:00.0000000Z', '2025-01-01T00:00:01.0000000Z');";
        command.ExecuteNonQuery();
    }
}
