using AgentGym.Server.Api;
using AgentGym.Server.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AgentGym.Server.Hosting;

/// <summary>Maps the AgentGym routes in an application.</summary>
public static class AgentGymEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the REST API under <c>/api/agent-gym</c>, the OpenAPI document at <c>/openapi/v1.json</c> and the dashboard at
    /// <paramref name="dashboardPath"/>. Needs <c>services.AddAgentGymServer()</c> and <c>app.UseAgentGym()</c>.
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
        endpoints.MapOpenApi();
        if (dashboardPath is not null)
            DashboardEndpoints.Map(endpoints, dashboardPath);
        return api;
    }
}
