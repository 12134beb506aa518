using System.ComponentModel;
using System.Diagnostics;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>
/// <c>agentgym rerun --failed | --errored [project] [-- dotnet test arguments]</c>: says which recorded run it looked at and
/// which tests it re-runs, then runs <c>dotnet test</c> with the <c>Rerun</c> setting, so that the run session selects those
/// tests by the same rule as a runsettings file would.
/// </summary>
internal sealed class RerunCommand : Command<RerunCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "[PROJECT]")]
        [Description("The test project or solution (a file or folder), as 'dotnet test' takes it; default: the current folder.")]
        public string? Project { get; init; }

        [CommandOption("--failed")]
        [Description("Re-run the tests that failed, timed out or ended in an error in the last recorded run.")]
        public bool Failed { get; init; }

        [CommandOption("--errored")]
        [Description("Re-run only the tests that ended in an error (nothing was judged) in the last recorded run.")]
        public bool Errored { get; init; }

        /// <inheritdoc />
        public override Spectre.Console.ValidationResult Validate() => Failed || Errored
            ? base.Validate()
            : Spectre.Console.ValidationResult.Error("Say what to re-run: --failed (failed, timed out or errored tests) or --errored (errored tests only).");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        // --failed already takes the errored tests; --errored alone takes only them.
        var mode = settings.Failed ? RerunMode.Failed : RerunMode.Errored;
        string connection;
        IReadOnlyList<RerunSelection> selections;
        string location;
        try
        {
            connection = StoreConnection.Locate(settings.Store);
            using var store = StoreConnection.Open(connection);
            location = store.Location;
            selections = RerunSelection.FindEach(store, mode);
        }
        catch (ResultStoreException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {Recording.Redactor.Default.Redact(ex.Message)}");
            return AgentGymCli.StoreError;
        }

        if (selections.Count == 0)
            console.WriteLine(new RerunSelection { Mode = mode }.Describe(location));
        foreach (var selection in selections)
            console.WriteLine(selection.Describe(location));
        if (selections.All(s => s.Tests.Count == 0))
            return 0;
        return RunDotnetTest(settings.Project, context.Remaining.Raw, mode, connection, console);
    }

    // The session of each test assembly applies the rule again, to its own last run; the store is the one read here.
    private static int RunDotnetTest(string? project, IReadOnlyList<string> passed, RerunMode mode, string connection, IAnsiConsole console)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add("test");
        if (project is not null)
            start.ArgumentList.Add(project);
        foreach (var argument in passed)
            start.ArgumentList.Add(argument);
        if (!passed.Contains("--"))
            start.ArgumentList.Add("--");
        start.ArgumentList.Add($"AgentGym.{RunOptionText.Rerun}={mode.ToString().ToLowerInvariant()}");
        start.Environment[StoreSettings.StoreVariable] = connection;
        console.MarkupLineInterpolated($"dotnet {string.Join(' ', start.ArgumentList)}");
        using var dotnet = Process.Start(start) ?? throw new InvalidOperationException("'dotnet' could not be started.");
        dotnet.WaitForExit();
        return dotnet.ExitCode;
    }
}
