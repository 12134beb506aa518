using AgentGym.Results;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore : IResultCatalog
{
    /// <inheritdoc />
    public IReadOnlyList<StoredTest> ListTests(int limit) => Run(connection =>
    {
        using var command = Command(connection, null,
            "SELECT d.test_key, d.full_name, d.display_name, d.test_type, d.agent_name, d.source_file, d.last_seen_at, " +
            "(SELECT t.status FROM agent_test_runs t WHERE t.test_id = d.id ORDER BY t.id DESC LIMIT 1), " +
            "(SELECT COUNT(*) FROM agent_test_runs t WHERE t.test_id = d.id) FROM agent_tests d ORDER BY d.last_seen_at DESC, d.id DESC LIMIT @limit");
        Parameter(command, "@limit", Math.Max(1, limit));
        return ReadAll(command, r => new StoredTest
        {
            TestId = r.GetString(0),
            FullName = r.GetString(1),
            DisplayName = r.GetString(2),
            TestType = r.GetString(3),
            AgentName = Text(r, 4),
            SourceFile = Text(r, 5),
            LastSeenAt = ParseTime(r.GetValue(6)),
            LastStatus = Text(r, 7) is { } status && Enum.TryParse<AgentTestStatus>(status, out var parsed) ? parsed : null,
            Results = (int)Long(r, 8),
        });
    });

    /// <inheritdoc />
    public IReadOnlyList<StoredBenchmark> ListBenchmarks(int limit) => Run(connection =>
    {
        using var command = Command(connection, null,
            "SELECT d.name, d.last_seen_at, (SELECT COUNT(*) FROM agent_benchmark_runs b WHERE b.benchmark_id = d.id) " +
            "FROM agent_benchmarks d ORDER BY d.last_seen_at DESC, d.id DESC LIMIT @limit");
        Parameter(command, "@limit", Math.Max(1, limit));
        return ReadAll(command, r => new StoredBenchmark(r.GetString(0), ParseTime(r.GetValue(1)), (int)Long(r, 2)));
    });

    /// <inheritdoc />
    public IReadOnlyList<StoredBenchmarkRun> GetBenchmarkHistory(string name, int limit)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Run(connection =>
        {
            using var command = Command(connection, null, BenchmarkRunColumns + "WHERE d.name = @name ORDER BY b.id DESC LIMIT @limit");
            Parameter(command, "@name", name);
            Parameter(command, "@limit", Math.Max(1, limit));
            return ReadAll(command, ReadBenchmarkRun);
        });
    }
}
