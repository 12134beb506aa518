namespace AgentGym.Testing.PostgreSql;

/// <summary>A theory that needs the PostgreSQL server: skipped with a message when there is none, unless CI is set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgreSqlTheoryAttribute : TheoryAttribute
{
    public PostgreSqlTheoryAttribute()
    {
        if (PostgreSqlServer.SkipReason is { } reason)
            Skip = reason;
    }
}
