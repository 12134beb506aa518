using System.Threading.RateLimiting;
using AgentGym.Server.Api;
using AgentGym.Server.Catalog;
using AgentGym.Server.Runs;
using AgentGym.Server.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Hosting;

/// <summary>Registers the AgentGym server's services in an ASP.NET Core application.</summary>
public static class AgentGymServerServiceCollectionExtensions
{
    /// <summary>
    /// Adds the AgentGym server: the results store, the served project, the run queue and its worker, the rate limiter of the
    /// run routes and the OpenAPI document. Then call <c>app.UseAgentGym()</c> and <c>app.MapAgentGym()</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configure">Sets the store, keys, limits and project; keys from <c>AGENTGYM_API_KEY</c> are not read unless it calls <see cref="AgentGymServerOptions.AddApiKeysFromEnvironment(string?)"/>.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddAgentGymServer(this IServiceCollection services, Action<AgentGymServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new AgentGymServerOptions();
        configure?.Invoke(options);
        options.EngineOptions.Validate();
        if (options.MaxRequestBodyBytes < 1 || options.MaxQueuedRuns < 1 || options.RunRequestsPerSecond < 1 || options.LeaseDuration <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(configure), "AgentGym server limits (MaxRequestBodyBytes, MaxQueuedRuns, RunRequestsPerSecond, LeaseDuration) must be positive.");

        services.AddSingleton(options);
        services.AddSingleton(new ApiKeyRing(options.ApiKeys));
        services.AddSingleton(provider => new ApiAccess(options, provider.GetRequiredService<ApiKeyRing>(), provider.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()));
        services.AddSingleton(_ => new ServerStore(OpenStore(options), new ResultRedactor(options.EngineOptions)));
        services.AddSingleton<ServerRunLog>();
        services.AddSingleton(provider => ProjectTests.Load(options.TestAssembly, options.EngineOptions, provider.GetRequiredService<ServerRunLog>()));
        services.AddSingleton(provider => new AgentSessions(
            provider.GetRequiredService<ServerStore>(), provider.GetRequiredService<ProjectTests>(), options, provider.GetService<IConfiguration>(),
            provider.GetRequiredService<ServerRunLog>()));
        services.AddSingleton<TestCatalog>();
        services.AddSingleton<RunQueueSignal>();
        services.AddSingleton<RunQueue>();
        services.AddSingleton<RunExecutor>();
        if (options.RunWorker)
        {
            services.AddSingleton<RunWorker>();
            services.AddHostedService(provider => provider.GetRequiredService<RunWorker>());
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(AgentGymRoutes.RunRateLimitPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.RunRequestsPerSecond,
                    TokensPerPeriod = options.RunRequestsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(HttpResults.Problem(
                    $"More than {options.RunRequestsPerSecond} run requests per second from this client.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests")
                    .ExecuteAsync(context.HttpContext));
            };
        });
        // The store's records are answered as they are (see StoreRecordJson); the host's own types keep its rules.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, new StoreRecordJson()));
        services.AddOpenApi();
        return services;
    }

    // The rule of every front end (the run session's): a relative store is taken from the current folder, AGENTGYM_STORE and the
    // default file from the project's folder (the served project's, else the one around the current folder).
    private static IResultStore OpenStore(AgentGymServerOptions options)
    {
        var current = Environment.CurrentDirectory;
        var folder = options.TestAssembly is { Location.Length: > 0 } assembly ? Path.GetDirectoryName(assembly.Location)! : current;
        var configured = options.Store is null ? null : StoreLocation.Anchor(options.Store, current);
        var connection = StoreLocation.Resolve(configured, StoreLocation.ProjectFolder(folder))
            ?? throw new ResultStoreException("The AgentGym server needs a results store, but the results store is off (AGENTGYM_STORE=off). Pass --store.");
        var store = ResultStores.Open(connection);
        // Runs whose test host died on this machine show which tests were running, in the API and the dashboard.
        CrashedRuns.Recover(store, connection);
        return store;
    }
}
