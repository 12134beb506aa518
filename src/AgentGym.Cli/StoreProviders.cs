using AgentGym.Sdk;
using AgentGym.Storage.PostgreSql;

// agentgym reads every store a test project can write: a team's PostgreSQL store too.
[assembly: ResultStoreProvider(typeof(PostgreSqlResultStoreProvider))]
