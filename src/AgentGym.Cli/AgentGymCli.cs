using AgentGym.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli;

/// <summary>The <c>agentgym</c> command line: its commands and how they are wired.</summary>
internal static class AgentGymCli
{
    /// <summary>The exit code for a store that is missing, corrupt or unreachable.</summary>
    public const int StoreError = 2;

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="console">Where output goes; the terminal by default (tests pass a recorder).</param>
    /// <returns>The exit code: 0 for success, 1 for a failed comparison or bad arguments, 2 for a store error.</returns>
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        console ??= TerminalConsole.Create();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("agentgym");
            config.ConfigureConsole(console);
            config.AddBranch("runs", runs =>
            {
                runs.SetDescription("Recorded runs of 'dotnet test' and of benchmarks.");
                runs.AddCommand<RunsListCommand>("list").WithData(console).WithDescription("Lists runs, newest first.");
                runs.AddCommand<RunsShowCommand>("show").WithData(console).WithDescription("Shows one run's results.");
            });
            config.AddBranch("tests", tests =>
            {
                tests.SetDescription("Recorded results of single tests.");
                tests.AddCommand<TestsHistoryCommand>("history").WithData(console).WithDescription("Shows a test's history with its trend.");
            });
            config.AddCommand<CompareCommand>("compare").WithData(console).WithDescription("Compares two runs test by test.");
            config.AddCommand<ReportCommand>("report").WithData(console).WithDescription("Exports runs as Markdown, CSV, JSON, JUnit XML or HTML.");
            config.AddCommand<RerunCommand>("rerun").WithData(console).WithDescription("Runs again, with 'dotnet test', the tests that failed (or errored) in the last recorded run.");
            config.AddCommand<BenchCommand>("bench").WithData(console).WithDescription("Runs the agent benchmarks of a project or assembly.");
            config.AddCommand<ServeCommand>("serve").WithData(console).WithDescription("Serves the REST API and the dashboard over the results store.");
            config.AddCommand<WorkerCommand>("worker").WithData(console).WithDescription("Runs the runs queued in the store, without serving HTTP.");
            config.AddBranch("baseline", baseline =>
            {
                baseline.SetDescription("Named baselines for regression tests.");
                baseline.AddCommand<BaselineSetCommand>("set").WithData(console).WithDescription("Names a run as a baseline.");
            });
        });
        return app.Run(args);
    }
}
