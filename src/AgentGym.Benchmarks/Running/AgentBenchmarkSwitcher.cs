using System.Reflection;
using AgentGym.Benchmarks.Attributes;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Results;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// Runs the benchmark classes of an assembly chosen by command-line arguments, as BenchmarkDotNet's <c>BenchmarkSwitcher</c>
/// does: <c>AgentBenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args)</c>. Arguments: <c>--filter</c> (or
/// <c>-f</c>) glob patterns, <c>--list [flat|tree]</c>, <c>--artifacts</c> folder, <c>--iterations</c>, <c>--warmup</c>, <c>--parallelism</c>,
/// <c>--resume</c>, <c>--shard i/n</c>, <c>--help</c>. The classes run in one run session: the startup class runs once and every run is recorded in one store.
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

    /// <summary>
    /// Runs the classes the arguments select (all of them without <c>--filter</c>; with <c>--shard i/n</c>, this machine's part, by a
    /// stable hash of each class's full name, as <c>dotnet test</c> and <c>agentgym bench</c> split them), one after the other, and sets the process
    /// exit code (<see cref="AgentBenchmarkExitCodes"/>). Ctrl+C stops the whole run: the running class stops and still
    /// writes its reports, marked cancelled, and the classes after it do not start. A bad argument is a message and exit
    /// code 2, not an exception.
    /// </summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="config">The base config; arguments override it.</param>
    /// <returns>The runs, one per class that had a selected task.</returns>
    public IReadOnlyList<AgentBenchmarkRun> Run(string[] args, AgentBenchmarkConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var cancellation = new CancellationTokenSource();
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl+C stops the run cleanly; a second one ends the process as usual.
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            var result = RunAsync(args, config, cancellation.Token).GetAwaiter().GetResult();
            Environment.ExitCode = result.ExitCode;
            return result.Runs;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }

    /// <summary>Runs the classes the arguments select, one after the other, until the token is cancelled.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="config">The base config; arguments override it.</param>
    /// <param name="cancellationToken">Stops the whole run: the running class writes the reports of what ran, later classes do not start.</param>
    /// <returns>The runs and the exit code that says how it went.</returns>
    public async Task<AgentBenchmarkSwitcherResult> RunAsync(string[] args, AgentBenchmarkConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        config ??= AgentBenchmarkConfig.Default;
        var output = config.Output ?? Console.Out;
        SwitcherArguments arguments;
        try
        {
            arguments = SwitcherArguments.Parse(args, config);
        }
        catch (ArgumentException ex)
        {
            (config.Output ?? Console.Error).WriteLine($"error: {ex.Message}{Environment.NewLine}{SwitcherArguments.Usage}");
            return new AgentBenchmarkSwitcherResult([], AgentBenchmarkExitCodes.InvalidArguments);
        }

        if (arguments.Help)
        {
            output.WriteLine(SwitcherArguments.Usage);
            return new AgentBenchmarkSwitcherResult([], AgentBenchmarkExitCodes.Success);
        }

        config = arguments.Config;
        var selected = _types.Where(t => Selects(t, config)).Select(t => (Type: t, Tasks: TaskNames(t, config))).ToList();
        if (arguments.List is { } format)
        {
            BenchmarkList.Write(output, format, selected);
            return new AgentBenchmarkSwitcherResult([], AgentBenchmarkExitCodes.Success);
        }

        if (selected.Count == 0)
        {
            output.WriteLine(_types.Count == 0
                ? "No [AgentBenchmark] class to choose from."
                : $"The filter '{string.Join("', '", config.Filters)}' that you have provided returned 0 benchmarks. Run with '--list flat' to see them all; a filter looks like \"*ClassName*\" or \"*TaskName\".");
            return new AgentBenchmarkSwitcherResult([], AgentBenchmarkExitCodes.NothingSelected);
        }

        var runs = new List<AgentBenchmarkRun>();
        var notRun = new List<Type>();
        // One run session for the classes of one assembly (all of them, from FromAssembly): one startup class, one store, and
        // the shard by the key that 'dotnet test' and 'agentgym bench' use.
        foreach (var assembly in selected.GroupBy(s => s.Type.Assembly, s => s.Type))
        {
            await using var session = AgentBenchmarkRunner.OpenSession(assembly.Key, config);
            var chosen = session.Select(assembly.Select(AgentBenchmarkDiscoverer.ItemOf));
            if (session.Options.Shard is { } shard)
                output.WriteLine($"// Shard {shard}: {chosen.Count} of {assembly.Count()} benchmark class(es){(chosen.Count == 0 ? "; nothing to run here" : string.Empty)}");
            foreach (var item in chosen)
            {
                if (cancellationToken.IsCancellationRequested)
                    notRun.Add(item.BenchmarkClass!);
                else
                    runs.Add(await AgentBenchmarkRunner.RunAsync(session, item.BenchmarkClass!, config, cancellationToken).ConfigureAwait(false));
            }
        }

        var cancelled = cancellationToken.IsCancellationRequested || runs.Any(r => r.WasCancelled);
        if (cancelled && notRun.Count > 0)
            output.WriteLine($"// CANCELLED: not run: {string.Join(", ", notRun.Select(t => t.FullName))}");
        return new AgentBenchmarkSwitcherResult(runs, cancelled ? AgentBenchmarkExitCodes.Cancelled : AgentBenchmarkExitCodes.Success);
    }

    // A class declared wrong lists no task; its run reports the error.
    private static List<string> TaskNames(Type type, AgentBenchmarkConfig config)
    {
        try
        {
            return [.. BenchmarkClassReader.Read(type, config).Tasks.Select(t => t.Name)];
        }
        catch (AgentBenchmarkDefinitionException)
        {
            return [];
        }
    }
}
