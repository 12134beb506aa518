namespace AgentGym.Server.Hosting;

/// <summary>The routes of the AgentGym API.</summary>
public static class AgentGymRoutes
{
    /// <summary>The prefix of every API route.</summary>
    public const string ApiPrefix = "/api/agent-gym";

    /// <summary>The name of the rate-limiting policy of the routes that start runs.</summary>
    public const string RunRateLimitPolicy = "agentgym-runs";

    /// <summary>Gets the route of a run.</summary>
    /// <param name="runId">The run's id.</param>
    /// <returns>The route.</returns>
    public static string Run(long runId) => $"{ApiPrefix}/runs/{runId}";

    /// <summary>The prefix of the OpenAPI document's route.</summary>
    internal const string OpenApiPrefix = "/openapi";

    /// <summary>Gets whether a path is the API's or its OpenAPI document's, which the key rules guard.</summary>
    internal static bool IsGuarded(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(OpenApiPrefix, StringComparison.OrdinalIgnoreCase);
}
