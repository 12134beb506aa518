using AgentGym.Server.Hosting;

namespace AgentGym.Server.Security;

/// <summary>
/// Puts the security headers on every answer, and checks requests to the API and its OpenAPI document before routing and
/// rate limiting (see <see cref="ApiAccess"/>), so that a request without a key costs nothing more. What routing itself answers
/// there without a body (no such route, a method or a content type the route does not take) becomes problem details too.
/// </summary>
internal sealed class ApiAccessMiddleware(RequestDelegate next, ApiAccess access)
{
    public async Task InvokeAsync(HttpContext context)
    {
        SecurityHeaders.Apply(context.Response);
        if (!AgentGymRoutes.IsGuarded(context.Request.Path))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (!await access.AdmitAsync(context).ConfigureAwait(false))
            return;
        await next(context).ConfigureAwait(false);
        await ApiEndpointGuard.DescribeEmptyErrorAsync(context).ConfigureAwait(false);
    }
}
