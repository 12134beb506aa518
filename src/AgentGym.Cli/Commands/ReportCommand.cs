using System.ComponentModel;
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
        var exporter = DefaultRunReportExporters.Find(settings.Format);
        if (exporter is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] --format '{settings.Format}' is not known; expected {string.Join(", ", DefaultRunReportExporters.Names)}.");
            return 1;
        }
        if (settings.Runs.Length == 0 && settings.Group is null)
        {
            console.MarkupLine("[red]error:[/] name a run (agentgym report 12) or a run group (--group ci-123).");
            return 1;
        }
        var report = RunReport.Read(store, settings.Runs, settings.Group);
        if (report.Runs.Count == 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] the results store {store.Location} has no run in the group '{settings.Group}'.");
            return 1;
        }
        if (settings.Output is null)
        {
            exporter.Export(report, console.Profile.Out.Writer);
            return 0;
        }
        using (var file = new StreamWriter(settings.Output))
            exporter.Export(report, file);
        console.MarkupLineInterpolated($"Wrote {Path.GetFullPath(settings.Output)}.");
        return 0;
    }
}
