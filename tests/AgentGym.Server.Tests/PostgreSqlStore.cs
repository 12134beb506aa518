using Npgsql;

namespace AgentGym.Server.Tests;

/// <summary>
/// The PostgreSQL server of the tests (AGENTGYM_TEST_POSTGRES, set by .ci/run; else the same role on 127.0.0.1), a fresh
/// schema per test. Without a server the tests are skipped, except under CI, where they run and fail.
/// </summary>
internal static class PostgreSqlStore
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("AGENTGYM_TEST_POSTGRES") is { Length: > 0 } configured ? configured : "Host=127.0.0.1;Port=5432;Username=agentgym;Password=agentgym;Database=agentgym_test";

    public static string? SkipReason { get; } = FindSkipReason();

    public static string CreateSchema(out string schema)
    {
        schema = "s_" + Guid.NewGuid().ToString("N");
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
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AGENTGYM_TEST_POSTGRES")))
            return null;
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 3 }.ConnectionString);
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            return $"No PostgreSQL server at {ConnectionString.Split(";Password", 2)[0]} ({ex.Message}); .ci/postgres.sh starts one.";
        }
    }
}

/// <summary>A fact that needs the PostgreSQL server.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlStore.SkipReason is { } reason)
            Skip = reason;
    }
}
