using System.Reflection;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Hosting;
using AgentGym.Metrics;
using AgentGym.Redaction;
using AgentGym.Results;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Sdk;

/// <summary>
/// What a test assembly's startup class set up for a run: the services, the named agents and the options.
/// Made once per run; when the startup class fails, <see cref="StartupError"/> says why and every test reports it.
/// </summary>
public sealed class AgentGymRuntime : IAsyncDisposable
{
    private readonly ServiceProvider? _provider;

    private AgentGymRuntime(AgentGymOptions options, ServiceProvider? provider, AgentRegistry? agents, ErrorInfo? startupFailure, RunSecrets secrets)
    {
        Options = options;
        Redaction = new ResultRedactor(options, secrets);
        _provider = provider;
        Agents = agents;
        StartupFailure = startupFailure;
    }

    /// <summary>Gets the run's options, after the startup class had its say.</summary>
    public AgentGymOptions Options { get; }

    /// <summary>Gets the test services, or <see langword="null"/> when startup failed.</summary>
    public IServiceProvider? Services => _provider;

    /// <summary>Gets the named agents, or <see langword="null"/> when startup failed.</summary>
    public AgentRegistry? Agents { get; }

    /// <summary>Gets why startup failed, or <see langword="null"/>.</summary>
    public string? StartupError => StartupFailure?.Message;

    /// <summary>Gets why startup failed, with the exception's stack, or <see langword="null"/>; every test of the run reports it.</summary>
    public ErrorInfo? StartupFailure { get; }

    /// <summary>Gets what of a result may leave the process: the run's redaction and text caps, applied by the engine to every result.</summary>
    internal ResultRedactor Redaction { get; }

    /// <summary>Gets the metric collectors registered by the startup class.</summary>
    public IReadOnlyList<IMetricCollector> MetricCollectors =>
        _provider is null ? [] : [.. _provider.GetServices<IMetricCollector>()];

    /// <summary>Runs the startup class named by the assembly's <see cref="AgentGymStartupAttribute"/>, if any.</summary>
    /// <param name="testAssembly">The test assembly.</param>
    /// <param name="options">Options read from runsettings; the startup class gets a copy it may change.</param>
    /// <returns>The runtime; never throws for a failing startup class, see <see cref="StartupError"/>.</returns>
    public static AgentGymRuntime Create(Assembly testAssembly, AgentGymOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        var builder = new AgentGymBuilder((options ?? new AgentGymOptions()).Clone());
        var startupType = testAssembly.GetCustomAttribute<AgentGymStartupAttribute>()?.StartupType;
        try
        {
            if (startupType is not null)
                CreateStartup(startupType).Configure(builder);
            builder.Options.Validate();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var inner = ex is TargetInvocationException { InnerException: { } cause } ? cause : ex;
            return new AgentGymRuntime(builder.Options, null, null, new ErrorInfo(
                "StartupFailed",
                $"The AgentGym startup class {startupType?.FullName ?? "(none)"} failed: {inner.GetType().Name}: {inner.Message}",
                inner.ToString()), builder.Secrets);
        }

        return Create(builder);
    }

    /// <summary>Makes a runtime directly from a configuration delegate, for hosts without a test assembly (tests, tools).</summary>
    /// <param name="configure">Registers agents and services.</param>
    /// <param name="options">The starting options.</param>
    /// <returns>The runtime.</returns>
    public static AgentGymRuntime Create(Action<AgentGymBuilder> configure, AgentGymOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new AgentGymBuilder((options ?? new AgentGymOptions()).Clone());
        configure(builder);
        builder.Options.Validate();
        return Create(builder);
    }

    private static AgentGymRuntime Create(AgentGymBuilder builder)
    {
        builder.Services.AddSingleton(builder.Options);
        builder.Services.AddSingleton(builder.Secrets);
        // The front end that records the run attaches the run's results store here; regression tests read their baselines from it.
        builder.Services.AddSingleton(new ResultStoreContext());
        var provider = builder.Services.BuildServiceProvider();
        var registry = new AgentRegistry(builder.Agents, provider);
        return new AgentGymRuntime(builder.Options, provider, registry, null, builder.Secrets);
    }

    private static IAgentGymStartup CreateStartup(Type startupType)
    {
        if (!typeof(IAgentGymStartup).IsAssignableFrom(startupType))
            throw new InvalidOperationException($"{startupType.FullName} does not implement IAgentGymStartup.");
        if (startupType.GetConstructor(Type.EmptyTypes) is null)
            throw new InvalidOperationException($"{startupType.FullName} has no public parameterless constructor.");
        return (IAgentGymStartup)Activator.CreateInstance(startupType)!;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
            await _provider.DisposeAsync().ConfigureAwait(false);
    }
}
