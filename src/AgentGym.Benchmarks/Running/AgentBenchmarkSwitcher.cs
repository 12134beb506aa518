using System.Globalization;
using System.Reflection;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Results;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// Runs the benchmark classes of an assembly chosen by command-line arguments, as BenchmarkDotNet's <c>BenchmarkSwitcher</c>
/// does: <c>AgentBenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)</c>. Arguments: <c>--filter</c> (or
/// <c>-f</c>) glob patterns, <c>--list</c>, <c>--artifacts</c> folder, <c>--iterations</c>, <c>--warmup</c>, <c>--parallelism</c>.
/// </summary>
public sealed class AgentBenchmarkSwitcher
{
    private readonly IReadOnlyList<Type> _types;

    private AgentBenchmarkSwitcher(IReadOnlyList<Type> types) => _types = types;

    /// <summary>Gets the benchmark classes the switcher chooses from.</summary>
    public IReadOnlyList<Type> Types => _types;

    /// <summary>Makes a switcher over every <c>[AgentBenchmark]</c> class of an assembly.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The switcher.</returns>
    public static AgentBenchmarkSwitcher FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new AgentBenchmarkSwitcher(BenchmarkClasses(assembly));
    }

    /// <summary>Makes a switcher over the given classes.</summary>
    /// <param name="types">Classes with <c>[AgentBenchmark]</c>.</param>
    /// <returns>The switcher.</returns>
    public static AgentBenchmarkSwitcher FromTypes(params Type[] types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return new AgentBenchmarkSwitcher(types);
    }

    /// <summary>Finds the <c>[AgentBenchmark]</c> classes of an assembly, sorted by full name.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The classes.</returns>
    public static IReadOnlyList<Type> BenchmarkClasses(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }

        return [.. types.Where(t => t is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false } && t.IsDefined(typeof(AgentBenchmarkAttribute), inherit: true))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    /// <summary>Gets whether a config's <c>--filter</c> selects a task of a class (always, without a filter).</summary>
    /// <param name="type">The class with <c>[AgentBenchmark]</c>.</param>
    /// <param name="config">The config with the filter.</param>
    /// <returns><see langword="true"/> when the class has a task to run; also for a class declared wrong, whose error its run reports.</returns>
    public static bool Selects(Type type, AgentBenchmarkConfig config)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(config);
        if (config.Filters.Count == 0)
            return true;
        try
        {
            return BenchmarkClassReader.Read(type, config).Tasks.Count > 0;
        }
        catch (AgentBenchmarkDefinitionException)
        {
            return true;
        }
    }

    /// <summary>Runs the classes the arguments select (all of them without <c>--filter</c>); Ctrl+C stops the running one and still writes its report.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="config">The base config; arguments override it.</param>
    /// <returns>The runs, one per class that had a selected task.</returns>
    public IReadOnlyList<AgentBenchmarkRun> Run(string[] args, AgentBenchmarkConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        config ??= AgentBenchmarkConfig.Default;
        var list = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"The argument {args[i]} needs a value.", nameof(args));
            int NextNumber() => int.Parse(Next(), CultureInfo.InvariantCulture);
            config = args[i] switch
            {
                "--filter" or "-f" => config.WithFilter(Next()),
                "--artifacts" or "-a" => config.WithArtifactsPath(Next()),
                "--iterations" or "-i" => config.WithIterations(NextNumber()),
                "--warmup" or "-w" => config.WithWarmupIterations(NextNumber()),
                "--parallelism" or "-p" => config.WithMaxParallelism(NextNumber()),
                "--list" => config,
                var unknown => throw new ArgumentException($"Unknown argument '{unknown}'. Use --filter, --list, --artifacts, --iterations, --warmup or --parallelism.", nameof(args)),
            };
            list |= args[i] == "--list";
        }

        var selected = _types.Where(t => Selects(t, config)).ToList();
        if (list)
        {
            foreach (var type in selected)
                config.Output?.WriteLine($"{type.FullName}: {string.Join(", ", BenchmarkClassReader.Read(type, config).Tasks.Select(t => t.Name))}");
            return [];
        }

        if (selected.Count == 0)
            config.Output?.WriteLine($"No agent benchmark matches the filter ({string.Join(", ", config.Filters)}). Benchmarks: {string.Join(", ", _types.Select(t => t.FullName))}.");
        return [.. selected.Select(t => AgentBenchmarkRunner.Run(t, config))];
    }
}
