using System.Data.Common;
using System.Globalization;

namespace AgentGym.Sdk;

/// <summary>
/// The SQL that SQLite and PostgreSQL share: a connection per call (pooled), a transaction per write, and schema migrations
/// applied on open. A database supplies its connections, its migrations and how it serializes migrations.
/// </summary>
public abstract partial class DbResultStore : IResultStore
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Creates the store; a derived class calls <see cref="Migrate(int?)"/> once it can connect.</summary>
    /// <param name="location">Where the store lives, for messages.</param>
    protected DbResultStore(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>Gets the migrations of this database, in version order.</summary>
    protected abstract IReadOnlyList<SchemaMigration> Migrations { get; }

    /// <summary>Opens a connection.</summary>
    /// <returns>The open connection.</returns>
    protected abstract DbConnection Open();

    /// <summary>Starts a write transaction that holds the database's write lock from its start.</summary>
    /// <param name="connection">The open connection.</param>
    /// <returns>The transaction.</returns>
    protected virtual DbTransaction BeginWrite(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.BeginTransaction();
    }

    /// <summary>
    /// Gets what this process's writes to the database take in turn, or <see langword="null"/> when the database takes several
    /// writers at once. SQLite takes one writer at a time, and a writer that finds the file locked polls for it, sleeping
    /// between tries; writers of one process queue here instead, and each starts the moment the one before it committed.
    /// </summary>
    protected virtual Lock? WriteGate => null;

    /// <summary>Serializes migrations between processes inside <paramref name="transaction"/>; SQLite's write lock already does.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The migration's transaction.</param>
    protected virtual void LockForMigration(DbConnection connection, DbTransaction transaction)
    {
    }

    /// <summary>Turns a database error into a <see cref="ResultStoreException"/> that names the store.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The exception to throw.</returns>
    protected virtual ResultStoreException Describe(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ResultStoreException($"The AgentGym results store {Location} failed: {exception.Message}", exception);
    }

    /// <summary>Gets the schema version of the database.</summary>
    /// <returns>The highest applied version, 0 for an empty database.</returns>
    public int GetSchemaVersion() => Run(connection =>
    {
        EnsureVersionTable(connection);
        using var command = Command(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    /// <summary>Applies every migration the database lacks, each in its own transaction.</summary>
    /// <param name="targetVersion">Stop at this version (tests build older databases with it), or <see langword="null"/> for the latest.</param>
    protected void Migrate(int? targetVersion = null) => Run(connection =>
    {
        EnsureVersionTable(connection);
        foreach (var migration in Migrations.Where(m => targetVersion is null || m.Version <= targetVersion))
        {
            using var transaction = BeginWrite(connection);
            LockForMigration(connection, transaction);
            using (var check = Command(connection, transaction, "SELECT COUNT(*) FROM schema_version WHERE version = @version"))
            {
                Parameter(check, "@version", migration.Version);
                if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
                    continue;
            }
            foreach (var statement in migration.Statements)
            {
                using var command = Command(connection, transaction, statement);
                command.ExecuteNonQuery();
            }
            using (var record = Command(connection, transaction, "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @at)"))
            {
                Parameter(record, "@version", migration.Version);
                Parameter(record, "@description", migration.Description);
                Parameter(record, "@at", Time(DateTimeOffset.UtcNow));
                record.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        return 0;
    });

    /// <summary>Runs work on a fresh connection, turning database errors into <see cref="ResultStoreException"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>The work's result.</returns>
    protected T Run<T>(Func<DbConnection, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            using var connection = Open();
            return work(connection);
        }
        catch (DbException ex)
        {
            throw Describe(ex);
        }
    }

    /// <summary>Runs work in a write transaction of its own and commits it.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>The work's result.</returns>
    protected T Write<T>(Func<DbConnection, DbTransaction, T> work)
    {
        if (WriteGate is not { } gate)
            return Commit(work);
        lock (gate)
            return Commit(work);
    }

    private T Commit<T>(Func<DbConnection, DbTransaction, T> work) => Run(connection =>
    {
        using var transaction = BeginWrite(connection);
        var result = work(connection, transaction);
        transaction.Commit();
        return result;
    });

    /// <summary>Makes a command.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="transaction">The transaction, or <see langword="null"/>.</param>
    /// <param name="sql">The SQL.</param>
    /// <returns>The command.</returns>
    protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Every statement is a constant of this assembly; values travel as parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    /// <summary>Adds a parameter; <see langword="null"/> becomes <see cref="DBNull"/>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">The name, with its <c>@</c>.</param>
    /// <param name="value">The value.</param>
    protected static void Parameter(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    /// <summary>Formats a time as the store keeps it: UTC, sortable text.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The text.</returns>
    protected static string Time(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(object value) =>
        DateTimeOffset.ParseExact((string)value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static void EnsureVersionTable(DbConnection connection)
    {
        using var command = Command(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the store's resources.</summary>
    /// <param name="disposing">Whether this is <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
    }
}
