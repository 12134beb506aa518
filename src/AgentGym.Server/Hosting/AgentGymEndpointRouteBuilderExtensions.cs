using AgentGym.Server.Api;
using AgentGym.Server.Dashboard;
using AgentGym.Server.Security;

namespace AgentGym.Server.Hosting;

/// <summary>Maps the AgentGym routes in an application.</summary>
public static class AgentGymEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the REST API under <c>/api/agent-gym</c>, the OpenAPI document at <c>/openapi/v1.json</c> and the dashboard at
    /// <paramref name="dashboardPath"/>. Needs <c>services.AddAgentGymServer()</c>. Every route it maps checks API keys and body
    /// limits itself, and answers errors as problem details; <c>app.UseAgentGym()</c> adds the rate limiter of the run routes and
    /// turns requests without a key away before routing.
    /// </summary>
    /// <param name="endpoints">The application's routes.</param>
    /// <param name="dashboardPath">Where the dashboard is served (default <c>/</c>); <see langword="null"/> serves none.</param>
    /// <returns>The group of the API routes, to add conventions.</returns>
    public static RouteGroupBuilder MapAgentGym(this IEndpointRouteBuilder endpoints, string? dashboardPath = "/")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(AgentGymRoutes.ApiPrefix);
        TestEndpoints.Map(api);
        BenchmarkEndpoints.Map(api);
        RunEndpoints.Map(api);
        ReportEndpoints.Map(api);
        AgentEndpoints.Map(api);
        // The key rules hold even in a host that maps the routes without UseAgentGym().
        ((IEndpointConventionBuilder)api).Finally(ApiEndpointGuard.Api);
        var openApi = endpoints.MapGroup(AgentGymRoutes.OpenApiPrefix);
        openApi.MapOpenApi("/{documentName}.json");
        ((IEndpointConventionBuilder)openApi).Finally(ApiEndpointGuard.Api);
        if (dashboardPath is not null)
        {
            var dashboard = endpoints.MapGroup(string.Empty);
            DashboardEndpoints.Map(dashboard, dashboardPath);
            ((IEndpointConventionBuilder)dashboard).Finally(ApiEndpointGuard.Dashboard);
        }

        return api;
    }
}
