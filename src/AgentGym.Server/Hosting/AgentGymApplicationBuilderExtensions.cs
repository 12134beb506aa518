using AgentGym.Server.Security;

namespace AgentGym.Server.Hosting;

/// <summary>Adds the AgentGym server's middleware to an application's pipeline.</summary>
public static class AgentGymApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the key checks, body limits and security headers of the AgentGym routes, and ASP.NET Core's rate limiter (which
    /// limits the run routes). Call it before <c>MapAgentGym()</c>; an application that already calls <c>UseRateLimiter()</c> keeps one.
    /// </summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static IApplicationBuilder UseAgentGym(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<ApiAccessMiddleware>();
        app.UseRateLimiter();
        return app;
    }
}
