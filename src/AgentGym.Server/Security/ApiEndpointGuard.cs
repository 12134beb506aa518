using AgentGym.Server.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGym.Server.Security;

/// <summary>
/// Wraps every endpoint that <c>MapAgentGym()</c> maps, so that its rules hold whether or not the host calls <c>UseAgentGym()</c>:
/// the request is checked by <see cref="ApiAccess"/> (once, when the middleware has not), and an error answered without a body
/// (a route value that could not be read, an exception) is answered as problem details.
/// </summary>
internal static partial class ApiEndpointGuard
{
    /// <summary>Guards an API endpoint: keys, limits, security headers and problem details.</summary>
    public static void Api(EndpointBuilder endpoint)
    {
        if (endpoint.RequestDelegate is { } inner)
            endpoint.RequestDelegate = context => InvokeAsync(context, inner);
    }

    /// <summary>Puts the security headers on a dashboard endpoint's answers.</summary>
    public static void Dashboard(EndpointBuilder endpoint)
    {
        if (endpoint.RequestDelegate is { } inner)
        {
            endpoint.RequestDelegate = context =>
            {
                SecurityHeaders.Apply(context.Response);
                return inner(context);
            };
        }
    }

    private static async Task InvokeAsync(HttpContext context, RequestDelegate inner)
    {
        if (!await context.RequestServices.GetRequiredService<ApiAccess>().AdmitAsync(context).ConfigureAwait(false))
            return;
        try
        {
            await inner(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested && ex is not OutOfMemoryException)
        {
            var (status, title, detail) = ex switch
            {
                ResultStoreException => (StatusCodes.Status503ServiceUnavailable, "Results store unavailable", ex.Message),
                BadHttpRequestException bad => (bad.StatusCode, ReasonPhrases.GetReasonPhrase(bad.StatusCode), ex.Message),
                _ => (StatusCodes.Status500InternalServerError, "Internal server error", "The server could not answer this request; its log says why."),
            };
            LogFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiEndpointGuard)), context.Request.Method, context.Request.Path, ex);
            context.Response.Clear();
            SecurityHeaders.Apply(context.Response);
            await Problems.Write(context, status, title, detail).ConfigureAwait(false);
            return;
        }

        await DescribeEmptyErrorAsync(context).ConfigureAwait(false);
    }

    /// <summary>Answers an error status that has no body yet (a value that could not be read, no such route) as problem details.</summary>
    public static Task DescribeEmptyErrorAsync(HttpContext context)
    {
        var response = context.Response;
        if (response.StatusCode < 400 || response.HasStarted || response.ContentType is not null || response.ContentLength is not null)
            return Task.CompletedTask;
        var status = response.StatusCode;
        if (status == StatusCodes.Status415UnsupportedMediaType)
            return Problems.UnsupportedMediaType(context.Request.ContentType).ExecuteAsync(context);
        var detail = status switch
        {
            StatusCodes.Status404NotFound => $"There is no API route {context.Request.Path}; /openapi/v1.json lists them.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Path} does not take {context.Request.Method}; /openapi/v1.json lists its methods.",
            _ => $"{context.Request.Method} {context.Request.Path} could not be answered as sent: check its route values and query.",
        };
        return Problems.Write(context, status, ReasonPhrases.GetReasonPhrase(status), detail);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "AgentGym API {Method} {Path} failed")]
    private static partial void LogFailed(ILogger logger, string method, string path, Exception exception);
}
