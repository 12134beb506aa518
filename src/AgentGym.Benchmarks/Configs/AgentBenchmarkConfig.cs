using System.Threading.RateLimiting;
using AgentGym.Benchmarks.Exporters;
using AgentGym.Configuration;
using AgentGym.Hosting;

namespace AgentGym.Benchmarks.Configs;

/// <summary>
/// How benchmarks run and where their reports go. Immutable: every <c>With*</c> method returns a changed copy, as
/// BenchmarkDotNet's configs do. Values set here win over the <c>[AgentBenchmark]</c> attribute.
/// </summary>
public sealed record AgentBenchmarkConfig
{
    /// <summary>The default artifacts folder, relative to the current directory.</summary>
    public const string DefaultArtifactsPath = "AgentGymArtifacts/results";

    /// <summary>Gets the default config: the attribute's settings, every exporter, reports under <see cref="DefaultArtifactsPath"/>.</summary>
    public static AgentBenchmarkConfig Default { get; } = new();

    /// <summary>Gets the counted iterations per agent and task, or <see langword="null"/> for the attribute's.</summary>
    public int? Iterations { get; private init; }

    /// <summary>Gets the warm-up iterations per agent and task, or <see langword="null"/> for the attribute's.</summary>
    public int? WarmupIterations { get; private init; }

    /// <summary>Gets how many iterations run at once, or <see langword="null"/> for the attribute's.</summary>
    public int? MaxParallelism { get; private init; }

    /// <summary>Gets the folder the reports are written to.</summary>
    public string ArtifactsPath { get; private init; } = DefaultArtifactsPath;

    /// <summary>Gets the glob patterns (<c>*</c> and <c>?</c>) that select tasks by <c>Class.Task</c> or <c>Task</c>; empty runs every task.</summary>
    public IReadOnlyList<string> Filters { get; private init; } = [];

    /// <summary>Gets the exporters that write the reports.</summary>
    public IReadOnlyList<IAgentBenchmarkExporter> Exporters { get; private init; } = DefaultExporters.All;

    /// <summary>Gets per-agent rate limiters: each named agent is wrapped in a <c>RateLimitedAgent</c> for the run.</summary>
    public IReadOnlyDictionary<string, RateLimiter> RateLimiters { get; private init; } = new Dictionary<string, RateLimiter>();

    /// <summary>Gets the registration of agents and services that replaces the assembly's startup class, or <see langword="null"/>.</summary>
    public Action<AgentGymBuilder>? Startup { get; private init; }

    /// <summary>Gets the engine options (default timeout), or <see langword="null"/> for the defaults.</summary>
    public AgentGymOptions? Options { get; private init; }

    /// <summary>Gets the confidence level of success-rate intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; private init; } = 0.95;

    /// <summary>Gets the p-value below which a difference is called significant (default 0.05).</summary>
    public double SignificanceLevel { get; private init; } = 0.05;

    /// <summary>Gets where the summary and the progress line are written, or <see langword="null"/> for none.</summary>
    public TextWriter? Output { get; private init; } = Console.Out;

    /// <summary>
    /// Gets whether a benchmark resumes from its newest recorded run when that run was stopped or crashed before its end:
    /// the iterations recorded there are taken as they were and only the others run (default <see langword="false"/>).
    /// </summary>
    public bool Resume { get; private init; }

    /// <summary>Returns a copy with <paramref name="iterations"/> counted iterations.</summary>
    /// <param name="iterations">At least 1.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithIterations(int iterations) => this with { Iterations = AtLeast(iterations, 1) };

    /// <summary>Returns a copy with <paramref name="warmupIterations"/> warm-up iterations.</summary>
    /// <param name="warmupIterations">0 or more.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithWarmupIterations(int warmupIterations) => this with { WarmupIterations = AtLeast(warmupIterations, 0) };

    /// <summary>Returns a copy that runs at most <paramref name="maxParallelism"/> iterations at once.</summary>
    /// <param name="maxParallelism">At least 1.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithMaxParallelism(int maxParallelism) => this with { MaxParallelism = AtLeast(maxParallelism, 1) };

    /// <summary>Returns a copy that writes reports to <paramref name="path"/>.</summary>
    /// <param name="path">The artifacts folder.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithArtifactsPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return this with { ArtifactsPath = path };
    }

    /// <summary>Returns a copy that runs only the tasks matching one of <paramref name="patterns"/> (<c>Class.Task</c> or <c>Task</c>, with <c>*</c> and <c>?</c>).</summary>
    /// <param name="patterns">Glob patterns.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithFilter(params string[] patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return this with { Filters = [.. Filters, .. patterns] };
    }

    /// <summary>Returns a copy that writes reports with these exporters only.</summary>
    /// <param name="exporters">The exporters.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithExporters(params IAgentBenchmarkExporter[] exporters)
    {
        ArgumentNullException.ThrowIfNull(exporters);
        return this with { Exporters = [.. exporters] };
    }

    /// <summary>Returns a copy that calls agent <paramref name="agentName"/> through <paramref name="limiter"/>.</summary>
    /// <param name="agentName">The registered agent name.</param>
    /// <param name="limiter">The limiter (for example a <c>TokenBucketRateLimiter</c>).</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithRateLimiter(string agentName, RateLimiter limiter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agentName);
        ArgumentNullException.ThrowIfNull(limiter);
        return this with { RateLimiters = new Dictionary<string, RateLimiter>(RateLimiters, StringComparer.Ordinal) { [agentName] = limiter } };
    }

    /// <summary>Returns a copy that registers agents and services with <paramref name="configure"/> instead of the assembly's startup class.</summary>
    /// <param name="configure">Registers agents and services.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithStartup(Action<AgentGymBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return this with { Startup = configure };
    }

    /// <summary>Returns a copy with these engine options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithOptions(AgentGymOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return this with { Options = options.Clone() };
    }

    /// <summary>Returns a copy that calls a difference significant when its p-value is below <paramref name="level"/>.</summary>
    /// <param name="level">Between 0 and 1, such as 0.05.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithSignificanceLevel(double level)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(level, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(level, 1);
        return this with { SignificanceLevel = level };
    }

    /// <summary>Returns a copy that writes the summary and progress to <paramref name="output"/> (<see langword="null"/>: nowhere).</summary>
    /// <param name="output">The writer.</param>
    /// <returns>The copy.</returns>
    public AgentBenchmarkConfig WithOutput(TextWriter? output) => this with { Output = output };

    /// <summary>Resumes each benchmark from its newest recorded run when that run was stopped or crashed (see <see cref="Resume"/>).</summary>
    /// <param name="resume">Whether to resume.</param>
    /// <returns>The changed copy.</returns>
    public AgentBenchmarkConfig WithResume(bool resume = true) => this with { Resume = resume };

    private static int AtLeast(int value, int minimum, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, minimum, name);
        return value;
    }
}
