using System.Globalization;
using AgentGym.Benchmarks.Configs;
using AgentGym.Configuration;
using AgentGym.Sdk;

namespace AgentGym.Benchmarks.Running;

/// <summary>The switcher's command line, read into a config: one rule and one message per bad argument.</summary>
/// <param name="Config">The config the arguments made.</param>
/// <param name="List">How <c>--list</c> asked to print the benchmarks (<c>flat</c> or <c>tree</c>), or <see langword="null"/>.</param>
/// <param name="Help">Whether <c>--help</c> was given.</param>
internal sealed record SwitcherArguments(AgentBenchmarkConfig Config, string? List, bool Help)
{
    public const string Usage =
        """
        Options:
          -f, --filter <glob>       run the tasks whose Namespace.Class.Task, Class.Task or Task matches (* and ?); repeatable
          --list [flat|tree]        print the benchmarks and their tasks instead of running them
          -a, --artifacts <folder>  write the reports there (default: AgentGymArtifacts)
          -i, --iterations <n>      counted iterations per agent and task
          -w, --warmup <n>          warm-up iterations per agent and task
          -p, --parallelism <n>     iterations running at once
          --shard <i/n>             run part i of n of the classes (as dotnet test and agentgym bench split them)
          --resume                  resume each benchmark from its newest recorded run when that run stopped before its end
          -h, --help                print this help
        """;

    /// <summary>Reads the arguments.</summary>
    /// <exception cref="ArgumentException">An argument is unknown or has a bad value; the message says which and why.</exception>
    public static SwitcherArguments Parse(IReadOnlyList<string> args, AgentBenchmarkConfig config)
    {
        string? list = null;
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count && !IsOptionName(args[i + 1])
                ? args[++i]
                : throw new ArgumentException($"{name} needs a value.");
            int Number()
            {
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 0
                    ? value
                    : throw new ArgumentException($"{name} '{text}' is not a whole number of 0 or more.");
            }

            try
            {
                switch (name)
                {
                    case "--filter" or "-f":
                        config = config.WithFilter(Value());
                        break;
                    case "--artifacts" or "-a":
                        config = config.WithArtifactsPath(Value());
                        break;
                    case "--iterations" or "-i":
                        config = config.WithIterations(Number());
                        break;
                    case "--warmup" or "-w":
                        config = config.WithWarmupIterations(Number());
                        break;
                    case "--parallelism" or "-p":
                        config = config.WithMaxParallelism(Number());
                        break;
                    case "--shard":
                        config = WithShard(config, name, Value());
                        break;
                    case "--resume":
                        config = config.WithResume();
                        break;
                    case "--list":
                        list = i + 1 < args.Count && args[i + 1] is "flat" or "tree" ? args[++i] : "flat";
                        break;
                    case "--help" or "-h" or "-?":
                        help = true;
                        break;
                    default:
                        throw new ArgumentException($"Unknown argument '{name}'.");
                }
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new ArgumentException($"{name}: {ex.Message.Split(Environment.NewLine)[0]}", ex);
            }
        }

        return new SwitcherArguments(config, list, help);
    }

    // The run option rule reads the shard, with the same message as runsettings and 'agentgym bench --shard'.
    private static AgentBenchmarkConfig WithShard(AgentBenchmarkConfig config, string name, string value)
    {
        var options = config.Options?.Clone() ?? new AgentGymOptions();
        return RunOptionText.TrySet(options, RunOptionText.Shard, value, name) is { } error
            ? throw new ArgumentException(error)
            : config.WithOptions(options);
    }

    private static bool IsOptionName(string arg) => arg.StartsWith("--", StringComparison.Ordinal) || arg is "-f" or "-a" or "-i" or "-w" or "-p" or "-h" or "-?";
}
