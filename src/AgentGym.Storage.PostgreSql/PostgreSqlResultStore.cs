using System.Data.Common;
using AgentGym.Sdk;
using Npgsql;

namespace AgentGym.Storage.PostgreSql;

/// <summary>
/// A results store on a PostgreSQL server, shared by a team's machines and CI jobs (shards of one job write at once).
/// Opened by <see cref="ResultStores.Open(string)"/> (through <see cref="PostgreSqlResultStoreProvider"/>) for a connection string that starts with <c>Host=</c> or <c>postgres://</c>.
/// </summary>
public sealed class PostgreSqlResultStore : DbResultStore
{
    // Serializes schema migrations between processes that open the store at the same time.
    private const long MigrationLock = 0x4167_656E_7447_796D;

    private readonly NpgsqlDataSource _dataSource;

    /// <summary>Connects, and brings the schema to the latest version.</summary>
    /// <param name="connection">A connection string (<c>Host=...;Database=...</c>) or a URL (<c>postgres://user:password@host:port/database</c>).</param>
    /// <exception cref="ResultStoreException">The server cannot be reached or the schema cannot be made; the message names the server, never the password.</exception>
    public PostgreSqlResultStore(string connection)
        : this(connection, schemaVersion: null)
    {
    }

    internal PostgreSqlResultStore(string connection, int? schemaVersion)
        : base(Describe(ToConnectionString(connection)))
    {
        _dataSource = NpgsqlDataSource.Create(ToConnectionString(connection));
        Run(lockConnection =>
        {
            Execute(lockConnection, $"SELECT pg_advisory_lock({MigrationLock})");
            try
            {
                Migrate(schemaVersion);
            }
            finally
            {
                Execute(lockConnection, $"SELECT pg_advisory_unlock({MigrationLock})");
            }
            return 0;
        });
    }

    /// <summary>Gets the latest schema version.</summary>
    public static int LatestSchemaVersion => PostgreSqlMigrations.All[^1].Version;

    /// <inheritdoc />
    protected override IReadOnlyList<SchemaMigration> Migrations => PostgreSqlMigrations.All;

    /// <inheritdoc />
    protected override DbConnection Open() => _dataSource.OpenConnection();

    /// <inheritdoc />
    protected override string SkipLockedRows => " FOR UPDATE SKIP LOCKED";

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
            _dataSource.Dispose();
        base.Dispose(disposing);
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = Command(connection, null, sql);
        command.ExecuteNonQuery();
    }

    private static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string ToConnectionString(string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        if (!connection.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !connection.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return connection;
        var url = new Uri(connection);
        var user = url.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
            Username = user.Length > 0 && user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        return builder.ConnectionString;
    }
}
