using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace AgentGym.Sdk;

/// <summary>
/// The default results store: one SQLite file in WAL mode, so several test processes can write at once (each waits for the
/// write lock rather than failing), and a killed process loses no committed result.
/// </summary>
public sealed class SqliteResultStore : DbResultStore
{
    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;

    // One gate per file in this process, shared by every store object on it.
    private static readonly ConcurrentDictionary<string, Lock> WriteGates = new(StringComparer.Ordinal);

    private readonly string _connectionString;

    /// <summary>Opens (creating when needed) the SQLite file and brings its schema to the latest version.</summary>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ResultStoreException">The file is not a SQLite database, is corrupt or cannot be written; the message names it.</exception>
    public SqliteResultStore(string path)
        : this(path, schemaVersion: null)
    {
    }

    internal SqliteResultStore(string path, int? schemaVersion)
        : base(Path.GetFullPath(path))
    {
        var folder = Path.GetDirectoryName(Location);
        try
        {
            if (!string.IsNullOrEmpty(folder))
                Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ResultStoreException($"The AgentGym results store {Location} cannot be created: {ex.Message}", ex);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Location,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Waits this long for another process's write lock before giving up.
            DefaultTimeout = 60,
        }.ToString();
        Run(connection =>
        {
            using var wal = Command(connection, null, "PRAGMA journal_mode = WAL");
            return wal.ExecuteScalar();
        });
        Migrate(schemaVersion);
    }

    /// <summary>Gets the latest schema version.</summary>
    public static int LatestSchemaVersion => SqliteMigrations.All[^1].Version;

    /// <summary>Opens an existing SQLite file, for tools that read history: a missing file is an error rather than a new store.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ResultStoreException">The file does not exist, or is not a readable store.</exception>
    public static SqliteResultStore OpenExisting(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new ResultStoreException($"The AgentGym results store {Path.GetFullPath(path)} does not exist. Run 'dotnet test' to record results, or pass --store.");
        return new SqliteResultStore(path);
    }

    /// <inheritdoc />
    protected override IReadOnlyList<SchemaMigration> Migrations => SqliteMigrations.All;

    /// <inheritdoc />
    protected override Lock? WriteGate => WriteGates.GetOrAdd(Location, _ => new Lock());

    /// <inheritdoc />
    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = Command(connection, null, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON");
        pragmas.ExecuteNonQuery();
        return connection;
    }

    /// <inheritdoc />
    protected override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc />
    protected override ResultStoreException Describe(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase }
            ? new ResultStoreException(
                $"The AgentGym results store {Location} is not a SQLite database or is corrupt ({exception.Message}). " +
                "Move the file away to start a new store.", exception)
            : base.Describe(exception);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
        base.Dispose(disposing);
    }
}
