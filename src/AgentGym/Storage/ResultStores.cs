using System.Reflection;
using AgentGym.Storage.Sqlite;

namespace AgentGym.Storage;

/// <summary>Opens a results store from its connection text: a SQLite file path, or a PostgreSQL connection string or URL.</summary>
public static class ResultStores
{
    private const string PostgreSqlType = "AgentGym.Storage.PostgreSql.PostgreSqlResultStore, AgentGym.Storage.PostgreSql";

    /// <summary>Gets whether a connection text names a PostgreSQL server rather than a SQLite file.</summary>
    /// <param name="connection">The connection text.</param>
    /// <returns><see langword="true"/> for <c>postgres://</c>, <c>postgresql://</c> and <c>Host=...</c>.</returns>
    public static bool IsPostgreSql(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var text = connection.TrimStart();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Opens the store, creating a SQLite file or the PostgreSQL tables when they are missing.</summary>
    /// <param name="connection">A SQLite file path, or a PostgreSQL connection string (needs the AgentGym.Storage.PostgreSql package).</param>
    /// <returns>The store.</returns>
    /// <exception cref="ResultStoreException">The store cannot be opened; the message names it.</exception>
    public static IResultStore Open(string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        if (!IsPostgreSql(connection))
            return new SqliteResultStore(connection.Trim());
        var type = Type.GetType(PostgreSqlType, throwOnError: false)
            ?? throw new ResultStoreException("The AgentGym results store is a PostgreSQL server, but the AgentGym.Storage.PostgreSql package is not referenced.");
        try
        {
            return (IResultStore)Activator.CreateInstance(type, connection)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ResultStoreException inner)
        {
            throw inner;
        }
    }
}
