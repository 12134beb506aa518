using System.ComponentModel;
using System.Globalization;
using AgentGym.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym tests history &lt;test&gt;</c>: a test's recent results and the trend of pass rate, tokens and duration.</summary>
internal sealed class TestsHistoryCommand : StoreCommand<TestsHistoryCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "<TEST>")]
        [Description("The test's id or full name (Namespace.Class.Method, every agent and input of it).")]
        public string Test { get; init; } = string.Empty;

        [CommandOption("--limit <N>")]
        [Description("At most this many results (default 50).")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var history = store.GetTestHistory(settings.Test, settings.Limit);
        if (history.Count == 0)
        {
            console.MarkupLineInterpolated($"No results of '{settings.Test}' are recorded in {store.Location}.");
            return 1;
        }
        var table = new Table().AddColumns("Run", "Started (UTC)", "Test", "Status", "Tokens", "Duration", "Branch", "Commit", "Flaky");
        foreach (var result in history)
        {
            table.AddRow(result.RunId.ToString(CultureInfo.InvariantCulture), Markup.Escape(result.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                Markup.Escape(result.DisplayName), Format.Status(result.Status), Format.Count(result.TotalTokens),
                Format.Ms(result.DurationMs), Markup.Escape(result.Branch ?? "-"), Markup.Escape(Format.ShortCommit(result.Commit)), result.IsFlaky ? "[yellow]flaky[/]" : string.Empty);
        }
        console.Write(table);

        var oldestFirst = history.Reverse().ToList();
        var passRate = (double)history.Count(h => h.Passed) / history.Count;
        console.MarkupLineInterpolated($"Trend over {history.Count} results, oldest first:");
        console.MarkupLineInterpolated($"  passed    {Format.Sparkline([.. oldestFirst.Select(h => h.Passed ? 1.0 : 0.0)])}  pass rate {passRate:P0}");
        console.MarkupLineInterpolated($"  tokens    {Format.Sparkline([.. oldestFirst.Where(h => h.TotalTokens is not null).Select(h => (double)h.TotalTokens!.Value)])}  {Format.Count(oldestFirst[0].TotalTokens)} -> {Format.Count(oldestFirst[^1].TotalTokens)}");
        console.MarkupLineInterpolated($"  duration  {Format.Sparkline([.. oldestFirst.Select(h => h.DurationMs)])}  {Format.Ms(oldestFirst[0].DurationMs)} -> {Format.Ms(oldestFirst[^1].DurationMs)}");
        if (history.Any(h => h.IsFlaky))
            console.MarkupLine("  [yellow]flaky:[/] the outcome changed across runs of the same commit.");
        return 0;
    }
}
