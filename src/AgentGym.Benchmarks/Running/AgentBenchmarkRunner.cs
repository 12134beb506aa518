using System.Reflection;
using AgentGym.Agents;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Exporters;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Statistics;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// Runs agent benchmarks: <c>AgentBenchmarkRunner.Run&lt;MyBenchmark&gt;()</c> in a console app prints the summary and writes
/// the reports, as BenchmarkDotNet's <c>BenchmarkRunner</c> does. Every iteration is one attempt of the AgentGym engine.
/// </summary>
public static class AgentBenchmarkRunner
{
    /// <summary>Runs a benchmark class; Ctrl+C stops it and still writes the report of what ran.</summary>
    /// <typeparam name="T">The class with <c>[AgentBenchmark]</c>.</typeparam>
    /// <param name="config">The config, or <see langword="null"/> for <see cref="AgentBenchmarkConfig.Default"/>.</param>
    /// <returns>The run, with its statistics and report paths.</returns>
    public static AgentBenchmarkRun Run<T>(AgentBenchmarkConfig? config = null) => Run(typeof(T), config);

    /// <summary>Runs a benchmark class; Ctrl+C stops it and still writes the report of what ran.</summary>
    /// <param name="type">The class with <c>[AgentBenchmark]</c>.</param>
    /// <param name="config">The config, or <see langword="null"/> for <see cref="AgentBenchmarkConfig.Default"/>.</param>
    /// <returns>The run, with its statistics and report paths.</returns>
    public static AgentBenchmarkRun Run(Type type, AgentBenchmarkConfig? config = null)
    {
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
            return RunAsync(type, config, cancellation.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
        }
    }

    /// <summary>Runs a benchmark class in a run session of its own, over the class's assembly and its startup class.</summary>
    /// <param name="type">The class with <c>[AgentBenchmark]</c>.</param>
    /// <param name="config">The config, or <see langword="null"/> for <see cref="AgentBenchmarkConfig.Default"/>.</param>
    /// <param name="cancellationToken">Stops the run; the report of the iterations that ran is still written.</param>
    /// <returns>The run, with its statistics and report paths.</returns>
    /// <exception cref="AgentBenchmarkDefinitionException">The class is declared wrong, or names an agent that is not registered.</exception>
    public static async Task<AgentBenchmarkRun> RunAsync(Type type, AgentBenchmarkConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(type);
        config ??= AgentBenchmarkConfig.Default;
        await using var session = OpenSession(type.Assembly, config);
        return await RunAsync(session, type, config, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a benchmark class in a front end's run session: the session's startup class registers the agents, and the run is
    /// recorded in the session's results store.
    /// </summary>
    /// <param name="session">The run session of the class's assembly.</param>
    /// <param name="type">The class with <c>[AgentBenchmark]</c>.</param>
    /// <param name="config">How the benchmark runs and where its reports go; its <see cref="AgentBenchmarkConfig.Options"/> and <see cref="AgentBenchmarkConfig.Startup"/> are the session's.</param>
    /// <param name="cancellationToken">Stops the run; the report of the iterations that ran is still written.</param>
    /// <returns>The run, with its statistics and report paths.</returns>
    /// <exception cref="AgentBenchmarkDefinitionException">The class is declared wrong, or names an agent that is not registered.</exception>
    /// <exception cref="InvalidOperationException">The startup class failed.</exception>
    public static async Task<AgentBenchmarkRun> RunAsync(RunSession session, Type type, AgentBenchmarkConfig config, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(config);
        var plan = BenchmarkClassReader.Read(type, config);
        var runtime = session.Runtime;
        if (runtime.StartupError is { } startupError || runtime.Agents is null || runtime.Services is null)
            throw new InvalidOperationException(runtime.StartupError ?? "The AgentGym runtime has no services.");

        var agents = ResolveAgents(plan, runtime.Agents, config);
        var timeout = plan.Timeout ?? runtime.Options.DefaultTimeout;
        var settings = new BenchmarkSettings(plan.Iterations, plan.WarmupIterations, plan.MaxParallelism, timeout, config.ConfidenceLevel, config.SignificanceLevel);
        var shape = new BenchmarkShape(plan.Agents, [.. plan.Tasks.Select(t => t.Name)], plan.Iterations, plan.WarmupIterations, plan.MaxParallelism);
        var scheduler = new IterationScheduler(new AgentTestEngine(runtime), shape);
        var startedAt = DateTimeOffset.UtcNow;
        config.Output?.WriteLine($"// AgentGym benchmark {plan.Title}: {plan.Agents.Count} agent(s) x {plan.Tasks.Count} task(s) x {plan.Iterations} iteration(s)");

        // Each iteration is recorded as it ends, so that a run stopped or killed half way can resume; a store error is a warning.
        using var recording = session.BeginBenchmark(startedAt);
        var storedPlan = StoredIterations.PlanOf(shape);
        IReadOnlyList<BenchmarkIteration> done = [];
        BenchmarkResume? resumed = null;
        if (config.Resume)
            (done, resumed) = StoredIterations.Resume(recording, plan.Title, storedPlan, config.Output);
        foreach (var iteration in done)
            recording?.Record(StoredIterations.ToRecord(plan.Title, storedPlan, iteration));
        var progress = new ConsoleProgress(config.Output, scheduler.PlannedIterations - done.Count);

        IReadOnlyList<BenchmarkIteration> iterations;
        bool cancelled;
        await using (var instances = await BenchmarkInstances.SetUpAsync(plan, agents, runtime.Services).ConfigureAwait(false))
        {
            var definitions = plan.Agents.ToDictionary(a => a, a => plan.Tasks.Select((t, i) => Define(plan, a, t, i, instances[a], timeout)).ToArray(), StringComparer.Ordinal);
            Action<BenchmarkIteration>? record = recording is null ? null : iteration => recording.Record(StoredIterations.ToRecord(plan.Title, storedPlan, iteration));
            (iterations, cancelled) = await scheduler.RunAsync(agents, definitions, progress, done, record, cancellationToken).ConfigureAwait(false);
        }

        progress.Finish();

        var run = BenchmarkStatistics.Compute(new AgentBenchmarkRun
        {
            Title = plan.Title,
            Agents = plan.Agents,
            Baseline = plan.Baseline,
            Tasks = shape.Tasks,
            Settings = settings,
            Iterations = iterations,
            WasCancelled = cancelled,
            Resumed = resumed,
            PlannedIterations = scheduler.PlannedIterations,
            StartedAt = startedAt,
            CompletedAt = DateTimeOffset.UtcNow,
        });
        run = run with { Artifacts = ArtifactWriter.Write(run, config.ArtifactsPath, config.Exporters) };
        if (recording is not null && recording.Complete(BenchmarkRunRecords.From(run)))
        {
            session.Log.Info($"Benchmark {run.Title} recorded as run {recording.RunId} in {recording.Location}.");
            if (run.WasCancelled)
                config.Output?.WriteLine($"// Stopped before its end: run it again with --resume (AgentBenchmarkConfig.WithResume()) to run only the {run.PlannedIterations - run.Iterations.Count} iteration(s) left.");
        }
        if (config.Output is { } output)
        {
            output.WriteLine();
            output.Write(SummaryText.Render(run));
            output.WriteLine();
            output.WriteLine("// Reports:");
            foreach (var path in run.Artifacts)
                output.WriteLine($"  {path}");
        }

        return run;
    }

    /// <summary>
    /// Runs a benchmark declared by data: every agent on every task, iterated, with the same statistics as a class benchmark.
    /// Nothing is recorded and no report is written unless <paramref name="config"/> has exporters; the caller keeps the run.
    /// </summary>
    /// <param name="definition">The benchmark.</param>
    /// <param name="runtime">The runtime whose services, options and metric collectors the iterations use.</param>
    /// <param name="agents">The agent of each name in <see cref="AgentBenchmarkDefinition.Agents"/>.</param>
    /// <param name="config">The confidence and significance levels, output and exporters; <see langword="null"/> for none of the output.</param>
    /// <param name="cancellationToken">Stops the run; the statistics cover the iterations that ran.</param>
    /// <returns>The run, with its statistics.</returns>
    public static async Task<AgentBenchmarkRun> RunAsync(
        AgentBenchmarkDefinition definition, AgentGymRuntime runtime, IReadOnlyDictionary<string, IAgent> agents, AgentBenchmarkConfig? config = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(agents);
        config ??= AgentBenchmarkConfig.Default.WithOutput(null).WithExporters();
        if (definition.Agents.FirstOrDefault(a => !agents.ContainsKey(a)) is { } missing)
            throw new AgentBenchmarkDefinitionException($"Benchmark {definition.Title}: no agent is given for '{missing}'.");
        var timeout = definition.Timeout ?? runtime.Options.DefaultTimeout;
        var shape = new BenchmarkShape(definition.Agents, [.. definition.Tasks.Select(t => t.DisplayName)], definition.Iterations, definition.WarmupIterations, definition.MaxParallelism);
        var scheduler = new IterationScheduler(new AgentTestEngine(runtime), shape);
        var progress = new ConsoleProgress(config.Output, scheduler.PlannedIterations);
        var startedAt = DateTimeOffset.UtcNow;
        var definitions = definition.Agents.ToDictionary(a => a, a => definition.Tasks.Select(t => ForAgent(definition.Title, t, a, timeout)).ToArray(), StringComparer.Ordinal);
        var (iterations, cancelled) = await scheduler.RunAsync(agents, definitions, progress, [], null, cancellationToken).ConfigureAwait(false);
        progress.Finish();
        var run = BenchmarkStatistics.Compute(new AgentBenchmarkRun
        {
            Title = definition.Title,
            Agents = definition.Agents,
            Baseline = definition.Baseline,
            Tasks = shape.Tasks,
            Settings = new BenchmarkSettings(definition.Iterations, definition.WarmupIterations, definition.MaxParallelism, timeout, config.ConfidenceLevel, config.SignificanceLevel),
            Iterations = iterations,
            WasCancelled = cancelled,
            PlannedIterations = scheduler.PlannedIterations,
            StartedAt = startedAt,
            CompletedAt = DateTimeOffset.UtcNow,
        });
        return config.Exporters.Count == 0 ? run : run with { Artifacts = ArtifactWriter.Write(run, config.ArtifactsPath, config.Exporters) };
    }

    private static AgentTestDefinition ForAgent(string title, AgentTestDefinition task, string agent, TimeSpan timeout) => new()
    {
        Id = $"{title}.{task.DisplayName}[agent={agent}]",
        FullName = $"{title}.{task.DisplayName}",
        DisplayName = $"{task.DisplayName}(agent: {agent})",
        AgentName = agent,
        // Functional: budgets judge each iteration, as a benchmark counts each one.
        Type = AgentTestType.Functional,
        Input = task.Input,
        Validators = task.Validators,
        Timeout = timeout,
    };

    private static AgentTestDefinition Define(BenchmarkPlan plan, string agent, BenchmarkTaskCase task, int index, object instance, TimeSpan timeout) => new()
    {
        Id = $"{plan.Title}.{task.Name}[agent={agent}]",
        FullName = $"{plan.Title}.{task.Method.Name}",
        DisplayName = $"{plan.Type.Name}.{task.Name}(agent: {agent})",
        AgentName = agent,
        // Functional: budgets judge each iteration, as a benchmark counts each one.
        Type = AgentTestType.Functional,
        InputIndex = task.Request is null ? null : index,
        Validators = task.Validators,
        Timeout = timeout,
        Method = new TestMethod(plan.Type, task.Method),
        Body = new BenchmarkTaskBody(instance, task.Method, task.Request),
    };

    /// <summary>Opens the run session a benchmark config describes: over <paramref name="assembly"/>, with the config's options and startup.</summary>
    /// <param name="assembly">The benchmark classes' assembly.</param>
    /// <param name="config">The config.</param>
    /// <param name="log">Where run-level messages go; by default warnings and errors go to the config's output.</param>
    /// <returns>The session; dispose it when the runs end.</returns>
    public static RunSession OpenSession(Assembly assembly, AgentBenchmarkConfig config, IRunLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(config);
        return RunSession.Open(new RunSessionOptions
        {
            Assembly = assembly,
            Options = config.Options ?? new AgentGymOptions(),
            Startup = config.Startup,
            Discoverers = [AgentBenchmarkDiscoverer.Instance],
            Log = log ?? new TextRunLog(config.Output ?? Console.Error, includeInfo: false),
        });
    }

    private static Dictionary<string, IAgent> ResolveAgents(BenchmarkPlan plan, AgentRegistry registry, AgentBenchmarkConfig config)
    {
        var agents = new Dictionary<string, IAgent>(StringComparer.Ordinal);
        foreach (var name in plan.Agents)
        {
            IAgent agent;
            try
            {
                agent = registry.Get(name);
            }
            catch (InvalidOperationException ex)
            {
                throw new AgentBenchmarkDefinitionException($"[AgentParams] of {plan.Title}: {ex.Message}", ex);
            }

            agents[name] = config.RateLimiters.TryGetValue(name, out var limiter) ? new RateLimitedAgent(agent, limiter) : agent;
        }

        return agents;
    }
}
