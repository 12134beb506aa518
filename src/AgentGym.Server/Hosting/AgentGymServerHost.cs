using AgentGym.Server.Hosting;
using AgentGym.Server.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AgentGym.Sdk;

/// <summary>The stand-alone server that <c>agentgym serve</c> starts: the API, the OpenAPI document and the dashboard in one process.</summary>
public static class AgentGymServerHost
{
    /// <summary>The default address: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Builds the server.</summary>
    /// <param name="options">The store, keys, limits and project.</param>
    /// <param name="urls">Where to listen, separated by ';' (default <see cref="DefaultUrls"/>); port 0 picks a free port.</param>
    /// <returns>The application, ready to start.</returns>
    /// <exception cref="InvalidOperationException">An address is beyond loopback and no API key is configured.</exception>
    public static WebApplication Build(AgentGymServerOptions options, string urls = DefaultUrls)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(urls);
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (options.ApiKeys.Count == 0 && addresses.FirstOrDefault(a => !LoopbackAddresses.IsLoopback(a)) is { } open)
        {
            throw new InvalidOperationException(
                $"AgentGym refuses to listen on {open} without an API key: anyone who reaches it could run agents. Set AGENTGYM_API_KEY (or --api-key-file), or listen on 127.0.0.1.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(addresses);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes + ApiAccess.DrainAllowance;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAgentGymServer(configured => Copy(options, configured));
        var app = builder.Build();
        app.UseAgentGym();
        app.MapAgentGym();
        return app;
    }

    /// <summary>
    /// Builds a worker without the HTTP face: it runs the runs queued in the store by any server (<c>agentgym worker</c>).
    /// Several workers and servers on one PostgreSQL store share its queue; each run runs once.
    /// </summary>
    /// <param name="options">The store, limits and project; keys are not used.</param>
    /// <returns>The host, ready to start.</returns>
    public static IHost BuildWorker(AgentGymServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAgentGymServer(configured =>
        {
            Copy(options, configured);
            configured.RunWorker = true;
        });
        return builder.Build();
    }

    private static void Copy(AgentGymServerOptions from, AgentGymServerOptions to)
    {
        to.Store = from.Store;
        foreach (var key in from.ApiKeys)
            to.ApiKeys.Add(key);
        to.ReadAccess = from.ReadAccess;
        to.MaxRequestBodyBytes = from.MaxRequestBodyBytes;
        to.MaxQueuedRuns = from.MaxQueuedRuns;
        to.RunRequestsPerSecond = from.RunRequestsPerSecond;
        to.RunWorker = from.RunWorker;
        to.LeaseDuration = from.LeaseDuration;
        to.PollInterval = from.PollInterval;
        to.EngineOptions = from.EngineOptions;
        to.TestAssembly = from.TestAssembly;
    }
}
