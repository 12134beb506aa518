using System.ComponentModel;
using System.Globalization;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym runs list</c>: recorded runs, newest first, with filters.</summary>
internal sealed class RunsListCommand : StoreCommand<RunsListCommand.Settings>
{
    internal sealed class Settings : ListingCommandSettings
    {
        [CommandOption("--branch <BRANCH>")]
        [Description("Only runs on this git branch.")]
        public string? Branch { get; init; }

        [CommandOption("--since <TIME>")]
        [Description("Only runs that started at or after this time (ISO 8601, or a number of days such as 7d).")]
        public string? Since { get; init; }

        [CommandOption("--test <TEST>")]
        [Description("Only runs that include this test (its full name, the name the console shows, a unique end of it, or its id).")]
        public string? Test { get; init; }

        [CommandOption("--group <GROUP>")]
        [Description("Only runs of this run group (AGENTGYM_RUN_GROUP).")]
        public string? Group { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most this many runs (default 20).")]
        [DefaultValue(20)]
        public int Limit { get; init; } = 20;
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        string? test = null;
        if (settings.Test is not null && (test = TestNameArgument.Resolve(store, settings.Test, console)) is null)
            return 1;
        var runs = store.ListRuns(new RunQuery { Branch = settings.Branch, Since = Since(settings.Since), Test = test, Group = settings.Group, Limit = settings.Limit });
        if (settings.Json)
            return JsonOutput.Write(console, runs);
        if (runs.Count == 0)
        {
            console.MarkupLineInterpolated($"No runs recorded in {store.Location} match.");
            return 0;
        }
        var table = new Table().AddColumns("Run", "Started (UTC)", "Kind", "Source", "Branch", "Commit", "Passed", "Failed", "Skipped", "Flaky", "Machine");
        foreach (var run in runs)
        {
            table.AddRow(
                Markup.Escape(run.Id.ToString(CultureInfo.InvariantCulture)),
                Markup.Escape(run.Info.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + (run.CompletedAt is null ? " (unfinished)" : string.Empty)),
                Markup.Escape(run.Info.Kind),
                Markup.Escape(run.Info.Source ?? "-"),
                Markup.Escape(run.Info.Branch ?? "-"),
                Markup.Escape(Format.ShortCommit(run.Info.Commit)),
                run.Passed.ToString(CultureInfo.InvariantCulture),
                run.Failed == 0 ? "0" : $"[red]{run.Failed}[/]",
                run.Skipped.ToString(CultureInfo.InvariantCulture),
                run.Flaky == 0 ? "0" : $"[yellow]{run.Flaky}[/]",
                Markup.Escape(run.Info.Machine));
        }
        console.Write(table);
        return 0;
    }

    private static DateTimeOffset? Since(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text.EndsWith('d') && int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            return DateTimeOffset.UtcNow.AddDays(-days);
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new ResultStoreException($"--since '{text}' is not a time; expected ISO 8601 (2025-06-01) or days (7d).");
    }
}
