using System.ComponentModel;
using AgentGym.Cli.Reports;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym report &lt;run&gt;... | --group &lt;id&gt;</c>: exports runs, merged (the shards of one CI job), in one format.</summary>
internal sealed class ReportCommand : StoreCommand<ReportCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "[RUNS]")]
        [Description("The runs' ids; several are merged into one report.")]
        public long[] Runs { get; init; } = [];

        [CommandOption("--group <GROUP>")]
        [Description("Report every run of this run group (AGENTGYM_RUN_GROUP), such as the shards of one CI job.")]
        public string? Group { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("md, csv, json, junit or html (default md).")]
        [DefaultValue("md")]
        public string Format { get; init; } = "md";

        [CommandOption("-o|--output <FILE>")]
        [Description("The file to write; standard output when left out.")]
        public string? Output { get; init; }
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var writer = RunReportWriters.Find(settings.Format);
        if (writer is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --format '{settings.Format}' is not known; expected {string.Join(", ", RunReportWriters.Names)}.");
            return 1;
        }
        var runs = settings.Runs.Select(id => store.GetRun(id) ?? throw new ResultStoreException($"The AgentGym results store {store.Location} has no run {id}.")).ToList();
        if (settings.Group is not null)
            runs.AddRange(store.ListRuns(new RunQuery { Group = settings.Group, Limit = 10_000 }).Reverse());
        if (runs.Count == 0)
        {
            console.MarkupLine("[red]error:[/] name a run (agentgym report 12) or a run group (--group ci-123).");
            return 1;
        }
        var report = new RunReport(runs, [.. runs.SelectMany(r => store.GetTestRuns(r.Id))]);
        if (settings.Output is null)
        {
            writer.Write(report, console.Profile.Out.Writer);
            return 0;
        }
        using (var file = new StreamWriter(settings.Output))
            writer.Write(report, file);
        console.MarkupLineInterpolated($"Wrote {Path.GetFullPath(settings.Output)}.");
        return 0;
    }
}
