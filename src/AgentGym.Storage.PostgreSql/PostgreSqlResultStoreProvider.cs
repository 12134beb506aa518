using AgentGym.Sdk;

[assembly: ResultStoreProvider(typeof(AgentGym.Storage.PostgreSql.PostgreSqlResultStoreProvider))]

namespace AgentGym.Storage.PostgreSql;

/// <summary>
/// Opens <see cref="PostgreSqlResultStore"/>s for <see cref="ResultStores.Open(string)"/>: a connection text that starts with
/// <c>Host=</c>, <c>postgres://</c> or <c>postgresql://</c>. The package's build files name it on the project that references
/// the package, so <c>dotnet test</c>, <c>agentgym</c> and the server find it without code.
/// </summary>
public sealed class PostgreSqlResultStoreProvider : IResultStoreProvider
{
    /// <inheritdoc />
    public string Name => "PostgreSQL";

    /// <inheritdoc />
    public bool Handles(string connection) => ResultStores.IsPostgreSql(connection);

    /// <inheritdoc />
    public IResultStore Open(string connection) => new PostgreSqlResultStore(connection);
}
