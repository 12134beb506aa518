using System.ComponentModel;
using AgentGym.Benchmarks.Configs;
using AgentGym.Benchmarks.Running;
using AgentGym.Configuration;
using AgentGym.Execution;
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

        [CommandOption("-a|--artifacts <FOLDER>")]
        [Description("Where the reports go (default AgentGymArtifacts/results).")]
        public string? Artifacts { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        TestShard? shard = null;
        if (settings.Shard is not null && !TestShard.TryParse(settings.Shard, out shard))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --shard '{settings.Shard}' is not i/n with 1 <= i <= n, such as 2/3.");
            return 1;
        }
        var assemblyPath = settings.Target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(settings.Target) : ProjectBuild.Build(settings.Target, console);
        if (assemblyPath is null || !File.Exists(assemblyPath))
        {
            console.MarkupLineInterpolated($"[red]error:[/] no assembly at {assemblyPath ?? settings.Target}.");
            return 1;
        }
        var assembly = new BenchmarkLoadContext(assemblyPath).LoadFromAssemblyPath(assemblyPath);
        var types = AgentBenchmarkSwitcher.BenchmarkClasses(assembly).Where(t => shard?.Includes(t.FullName!) ?? true).ToArray();
        if (types.Length == 0)
        {
            console.MarkupLineInterpolated($"No [[AgentBenchmark]] class in {assemblyPath}{(shard is null ? string.Empty : $" for shard {shard}")}.");
            return 0;
        }
        var config = AgentBenchmarkConfig.Default.WithOutput(console.Profile.Out.Writer).WithOptions(new AgentGymOptions { Store = settings.Store });
        if (settings.Artifacts is not null)
            config = config.WithArtifactsPath(settings.Artifacts);
        if (settings.Iterations is { } iterations)
            config = config.WithIterations(iterations);
        if (settings.Filter is not null)
            config = config.WithFilter(settings.Filter);
        var failed = false;
        foreach (var type in types)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                AgentBenchmarkSwitcher.FromTypes(type).Run([], config);
            }
            catch (Exception ex) when (ex is AgentBenchmarkDefinitionException or InvalidOperationException)
            {
                // One broken class does not stop the others; the exit code says that something failed.
                console.MarkupLineInterpolated($"[red]error:[/] {type.FullName}: {Recording.Redactor.Default.Redact(ex.Message)}");
                failed = true;
            }
        }
        return failed ? 1 : 0;
    }
}
