using AgentGym.Storage.PostgreSql;

// A team's server and workers share a PostgreSQL store.
[assembly: ResultStoreProvider(typeof(PostgreSqlResultStoreProvider))]
