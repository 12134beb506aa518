using System.Reflection;
using AgentGym.Configuration;
using AgentGym.Hosting;

namespace AgentGym.Sdk;

/// <summary>What a front end tells a <see cref="RunSession"/> when it opens one: the test assembly, the options read from its protocol, where messages go.</summary>
public sealed record RunSessionOptions
{
    /// <summary>Gets the loaded test assembly: its items are discovered and its startup class registers the agents. <see langword="null"/> for a run of definitions alone.</summary>
    public Assembly? Assembly { get; init; }

    /// <summary>
    /// Gets the path of the test assembly, as the front end knows it (the test platform's source); the default is the
    /// assembly's location. Its folder decides the project folder, where a relative store path and the default store are.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>Gets the options read from the front end's protocol (runsettings, command line, HTTP body); the startup class may change them.</summary>
    public AgentGymOptions Options { get; init; } = new();

    /// <summary>Gets the registration of agents and services that replaces the assembly's startup class, or <see langword="null"/>.</summary>
    public Action<AgentGymBuilder>? Startup { get; init; }

    /// <summary>Gets the discoverers asked for items, in order; the default finds agent tests. Add the benchmark discoverer of AgentGym.Benchmarks to find benchmark classes.</summary>
    public IReadOnlyList<IRunItemDiscoverer> Discoverers { get; init; } = [AgentTestDiscoverer.Instance];

    /// <summary>Gets where run-level messages go; the default writes warnings and errors to standard error.</summary>
    public IRunLog Log { get; init; } = new TextRunLog(Console.Error, includeInfo: false);
}
