using System.ComponentModel;
using System.Globalization;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym compare &lt;run&gt; &lt;run&gt;</c>: each test's status, tokens and duration in both runs, and what changed.</summary>
internal sealed class CompareCommand : StoreCommand<CompareCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "<BEFORE>")]
        [Description("The earlier run's id.")]
        public long Before { get; init; }

        [CommandArgument(1, "<AFTER>")]
        [Description("The later run's id.")]
        public long After { get; init; }
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var before = Results(store, settings.Before);
        var after = Results(store, settings.After);
        var table = new Table().AddColumns("Test", $"Run {settings.Before}", $"Run {settings.After}", "Tokens", "Duration", "Change");
        int fixedCount = 0, broken = 0;
        foreach (var test in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(test, out var a);
            after.TryGetValue(test, out var b);
            var change = (a, b) switch
            {
                (null, _) => "added",
                (_, null) => "removed",
                ({ Passed: true }, { Passed: false }) => "[red]now failing[/]",
                ({ Passed: false }, { Passed: true }) => "[green]now passing[/]",
                _ => string.Empty,
            };
            if (change.Contains("failing", StringComparison.Ordinal))
                broken++;
            if (change.Contains("passing", StringComparison.Ordinal))
                fixedCount++;
            table.AddRow(
                Markup.Escape((b ?? a)!.DisplayName),
                a is null ? "-" : Format.Status(a.Status),
                b is null ? "-" : Format.Status(b.Status),
                a is null || b is null ? "-" : Markup.Escape($"{Format.Count(a.TotalTokens)} -> {Format.Count(b.TotalTokens)} ({Format.Change(a.TotalTokens, b.TotalTokens)})"),
                a is null || b is null ? "-" : Markup.Escape($"{Format.Ms(a.DurationMs)} -> {Format.Ms(b.DurationMs)} ({Format.Change(a.DurationMs, b.DurationMs)})"),
                change);
        }
        console.Write(table);
        console.MarkupLineInterpolated($"{Format.Count(before.Count, "test")} in run {settings.Before}, {after.Count} in run {settings.After}: {broken} now failing, {fixedCount} now passing.");
        return 0;
    }

    private static Dictionary<string, StoredTestRun> Results(IResultStore store, long runId)
    {
        if (store.GetRun(runId) is null)
            throw new ResultStoreException($"The AgentGym results store {store.Location} has no run {runId.ToString(CultureInfo.InvariantCulture)}.");
        return store.GetTestRuns(runId).GroupBy(r => r.TestId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }
}
