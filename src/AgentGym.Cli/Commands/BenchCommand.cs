using System.ComponentModel;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Running;
using AgentGym.Configuration;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>
/// <c>agentgym bench &lt;project or assembly&gt;</c>: builds the project (Release) when given one, loads the assembly, and runs its
/// <c>[AgentBenchmark]</c> classes through the benchmark runner, which prints progress and the summary, writes the reports
/// and records each run in the store.
/// </summary>
internal sealed class BenchCommand : Command<BenchCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "<PROJECT_OR_ASSEMBLY>")]
        [Description("A project file or folder (built in Release), or a built assembly (.dll).")]
        public string Target { get; init; } = string.Empty;

        [CommandOption("-f|--filter <PATTERN>")]
        [Description("Only benchmark classes or tasks that match this glob pattern (BenchmarkDotNet style).")]
        public string? Filter { get; init; }

        [CommandOption("-i|--iterations <N>")]
        [Description("Iterations per agent and task, overriding the class's.")]
        public int? Iterations { get; init; }

        [CommandOption("--shard <I/N>")]
        [Description("Run only part i of n of the benchmark classes (by a stable hash of the class name), for a CI matrix.")]
        public string? Shard { get; init; }

        [CommandOption("--resume")]
        [Description("Resume each benchmark from its newest recorded run when that run was stopped or crashed: the iterations recorded there are not run again.")]
        public bool Resume { get; init; }

        [CommandOption("-a|--artifacts <FOLDER>")]
        [Description("Where the reports go (default AgentGymArtifacts/results).")]
        public string? Artifacts { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        // A relative --store is taken from the current folder, as every path on a command line is.
        var options = new AgentGymOptions { Store = settings.Store is { } store ? StoreLocation.Anchor(store, Environment.CurrentDirectory) : null };
        if (settings.Shard is not null && RunOptionText.TrySet(options, RunOptionText.Shard, settings.Shard, "--shard") is { } error)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error}");
            return 1;
        }
        var assemblyPath = settings.Target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(settings.Target) : ProjectBuild.Build(settings.Target, console);
        if (assemblyPath is null || !File.Exists(assemblyPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] no assembly at {assemblyPath ?? settings.Target}.");
            return 1;
        }
        var config = AgentBenchmarkConfig.Default.WithOutput(console.Profile.Out.Writer).WithOptions(options);
        if (settings.Artifacts is not null)
            config = config.WithArtifactsPath(settings.Artifacts);
        if (settings.Iterations is { } iterations)
            config = config.WithIterations(iterations);
        if (settings.Filter is not null)
            config = config.WithFilter(settings.Filter);
        if (settings.Resume)
            config = config.WithResume();

        var assembly = new BenchmarkLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        var session = AgentBenchmarkRunner.OpenSession(assembly, config, new TextRunLog(console.Profile.Out.Writer));
        // One Ctrl+C stops the whole command: the running class writes the reports of what ran, the next ones do not start.
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancelKeyPress;
        try
        {
            return Run(session, config, console, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    // The session picks the classes (the filter, then this machine's shard, by the key 'dotnet test' shards them by too).
    private static int Run(RunSession session, AgentBenchmarkConfig config, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var benchmarks = session.Select(session.Discover(), item => AgentBenchmarkSwitcher.Selects(item.BenchmarkClass!, config));
        if (benchmarks.Count == 0)
        {
            var shard = session.Options.Shard is { } part ? $" for shard {part}" : string.Empty;
            console.MarkupLineInterpolated($"No [[AgentBenchmark]] class to run in {session.Source}{shard}.");
            return 0;
        }
        var failed = false;
        foreach (var benchmark in benchmarks)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                console.MarkupLineInterpolated($"// CANCELLED: {benchmark.FullName} did not run.");
                continue;
            }

            try
            {
                AgentBenchmarkRunner.RunAsync(session, benchmark.BenchmarkClass!, config, cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception ex) when (ex is AgentBenchmarkDefinitionException or InvalidOperationException)
            {
                // One broken class does not stop the others; the exit code says that something failed.
                console.MarkupLineInterpolated($"[red]error:[/] {benchmark.FullName}: {Recording.Redactor.Default.Redact(ex.Message)}");
                failed = true;
            }
        }
        return cancellationToken.IsCancellationRequested ? AgentBenchmarkExitCodes.Cancelled : failed ? 1 : 0;
    }
}
