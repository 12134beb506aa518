using System.Globalization;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore : IDefinitionStore
{
    private const string DefinitionColumns = "SELECT kind, name, version, body_json, created_at FROM agent_definitions ";

    /// <inheritdoc />
    public (StoredDefinition Definition, bool Created) SaveDefinition(string kind, string name, string bodyJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(bodyJson);
        return Write((connection, transaction) =>
        {
            using var latest = Command(connection, transaction, DefinitionColumns + "WHERE kind = @kind AND name = @name ORDER BY version DESC LIMIT 1");
            Parameter(latest, "@kind", kind);
            Parameter(latest, "@name", name);
            var current = ReadAll(latest, ReadDefinition).FirstOrDefault();
            if (current is not null && string.Equals(current.BodyJson, bodyJson, StringComparison.Ordinal))
                return (current, false);
            var saved = new StoredDefinition(kind, name, (current?.Version ?? 0) + 1, bodyJson, DateTimeOffset.UtcNow);
            using var insert = Command(connection, transaction,
                "INSERT INTO agent_definitions (kind, name, version, body_json, created_at) VALUES (@kind, @name, @version, @body, @at)");
            Parameter(insert, "@kind", kind);
            Parameter(insert, "@name", name);
            Parameter(insert, "@version", saved.Version);
            Parameter(insert, "@body", bodyJson);
            Parameter(insert, "@at", Time(saved.CreatedAt));
            insert.ExecuteNonQuery();
            return (saved, true);
        });
    }

    /// <inheritdoc />
    public StoredDefinition? GetDefinition(string kind, string name, int? version = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(name);
        return Run(connection =>
        {
            using var command = Command(connection, null, DefinitionColumns + "WHERE kind = @kind AND name = @name" +
                (version is null ? string.Empty : " AND version = @version") + " ORDER BY version DESC LIMIT 1");
            Parameter(command, "@kind", kind);
            Parameter(command, "@name", name);
            if (version is { } v)
                Parameter(command, "@version", v);
            return ReadAll(command, ReadDefinition).FirstOrDefault();
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredDefinition> ListDefinitions(string kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Run(connection =>
        {
            using var command = Command(connection, null, DefinitionColumns + "d WHERE kind = @kind AND version = " +
                "(SELECT MAX(version) FROM agent_definitions l WHERE l.kind = d.kind AND l.name = d.name) ORDER BY name");
            Parameter(command, "@kind", kind);
            return ReadAll(command, ReadDefinition);
        });
    }

    private static StoredDefinition ReadDefinition(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), r.GetString(3), ParseTime(r.GetValue(4)));
}
