namespace AgentGym.Testing.PostgreSql;

/// <summary>A fact that needs the PostgreSQL server: skipped with a message when there is none, unless CI is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
            Skip = reason;
    }
}
