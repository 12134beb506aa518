using System.Net;
using AgentGym.Server.Api;
using AgentGym.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;

namespace AgentGym.Server.Security;

/// <summary>
/// Who may use the API: every request that creates, changes, runs or cancels needs a key; reads need one unless the server
/// listens on loopback only; bodies are limited. <c>UseAgentGym()</c>'s middleware asks it before routing, and every endpoint
/// that <c>MapAgentGym()</c> maps asks it again unless the middleware has, so the rules hold however the host is wired.
/// It answers with problem details and never repeats a presented key.
/// </summary>
internal sealed class ApiAccess(AgentGymServerOptions options, ApiKeyRing keys, IServer? server)
{
    /// <summary>How far beyond the limit Kestrel reads (and drains) a body before it drops the connection.</summary>
    public const long DrainAllowance = 64 * 1024;

    private static readonly object Admitted = new();

    private bool? _loopbackOnly;

    /// <summary>Checks a request to the API or its OpenAPI document.</summary>
    /// <returns><see langword="true"/> when it may go on; otherwise the problem has been answered.</returns>
    public async ValueTask<bool> AdmitAsync(HttpContext context)
    {
        if (context.Items.ContainsKey(Admitted))
            return true;
        SecurityHeaders.Apply(context.Response);
        var isRead = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (!isRead || ReadNeedsKey(context))
        {
            if (keys.IsEmpty)
            {
                var message = isRead
                    ? "This server listens beyond loopback and has no API key, so it answers no one. Set AGENTGYM_API_KEY."
                    : "This server has no API key, so it is read-only. Set AGENTGYM_API_KEY (or --api-key-file) to create, run and cancel.";
                await Problems.Write(context, StatusCodes.Status403Forbidden, "No API key is configured", message).ConfigureAwait(false);
                return false;
            }

            var presented = ApiKeyReader.Read(context.Request);
            if (!keys.Matches(presented))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                var detail = presented is null
                    ? "This request needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."
                    : "The API key is not valid.";
                await Problems.Write(context, StatusCodes.Status401Unauthorized, "Unauthorized", detail).ConfigureAwait(false);
                return false;
            }
        }

        if (!isRead)
        {
            if (context.Request.ContentLength > options.MaxRequestBodyBytes)
            {
                await TooLarge(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
                return false;
            }

            // The body reader answers 413 itself; Kestrel's own limit sits a little above, so that the rest of a small
            // oversized body is drained and the client reads the 413 instead of a closed connection.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = options.MaxRequestBodyBytes + DrainAllowance;
        }

        context.Items[Admitted] = true;
        return true;
    }

    /// <summary>Answers 413 for a body beyond the limit.</summary>
    public static Task TooLarge(HttpContext context, long limit) =>
        Problems.Write(context, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The request body is larger than the limit of {limit} bytes.");

    private bool ReadNeedsKey(HttpContext context) => options.ReadAccess switch
    {
        ServerReadAccess.Open => false,
        ServerReadAccess.KeyRequired => true,
        _ => !(LoopbackOnly() ?? context.Connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local)),
    };

    // The addresses are known once the server has started; a host without them (an in-memory test server) is judged per connection.
    private bool? LoopbackOnly()
    {
        if (_loopbackOnly is { } known)
            return known;
        var addresses = server?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
            return null;
        _loopbackOnly = addresses.All(LoopbackAddresses.IsLoopback);
        return _loopbackOnly;
    }
}
