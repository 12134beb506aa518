using Npgsql;

namespace AgentGym.Testing.PostgreSql;

/// <summary>
/// The PostgreSQL server of the tests: AGENTGYM_TEST_POSTGRES (set by .ci/run after .ci/postgres.sh), else the same role and
/// database on 127.0.0.1. Each test gets a schema of its own. Without a server the tests are skipped, except under CI (CI or
/// AGENTGYM_TEST_POSTGRES set, as .ci/run does), where they run and fail.
/// </summary>
internal static class PostgreSqlServer
{
    public const string Variable = "AGENTGYM_TEST_POSTGRES";

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : "Host=127.0.0.1;Port=5432;Username=agentgym;Password=agentgym;Database=agentgym_test";

    public static string? SkipReason { get; } = FindSkipReason();

    /// <summary>Makes a fresh schema and returns a connection string whose search path is it.</summary>
    public static string CreateSchema(out string schema)
    {
        schema = "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public static void DropSchema(string schema)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        command.ExecuteNonQuery();
    }

    private static string? FindSkipReason()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            return null;
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return $"No PostgreSQL server at 127.0.0.1:5432 ({ex.Message}); run .ci/postgres.sh. With CI or {Variable} set these tests fail instead.";
        }
    }
}
