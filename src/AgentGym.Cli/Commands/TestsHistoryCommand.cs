using System.ComponentModel;
using System.Globalization;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym tests history &lt;test&gt;</c>: a test's recent results and the trend of pass rate, tokens and duration.</summary>
internal sealed class TestsHistoryCommand : StoreCommand<TestsHistoryCommand.Settings>
{
    internal sealed class Settings : ListingCommandSettings
    {
        [CommandArgument(0, "<TEST>")]
        [Description("The test: its full name (Namespace.Class.Method, every agent and input of it), the name the console shows (Class.Method) or a unique end of it, or its id.")]
        public string Test { get; init; } = string.Empty;

        [CommandOption("--limit <N>")]
        [Description("At most this many results (default 50).")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        if (TestNameArgument.Resolve(store, settings.Test, console) is not { } test)
            return 1;
        var history = store.GetTestHistory(test, settings.Limit);
        if (settings.Json)
            return JsonOutput.Write(console, new { test, store = store.Location, results = history });
        if (history[0].FullName != settings.Test && history[0].TestId != settings.Test)
            console.MarkupLineInterpolated($"History of {history[0].FullName}:");
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
        console.MarkupLineInterpolated($"Trend over {Format.Count(history.Count, "result")}, oldest first (bars from 0 to the largest value; passed: low = failed, high = passed):");
        console.MarkupLineInterpolated($"  passed    {Format.Sparkline([.. oldestFirst.Select(h => h.Passed ? 1.0 : 0.0)], floor: 0, ceiling: 1)}  pass rate {passRate:P0}");
        console.MarkupLineInterpolated($"  tokens    {Format.Sparkline([.. oldestFirst.Where(h => h.TotalTokens is not null).Select(h => (double)h.TotalTokens!.Value)])}  {Format.Count(oldestFirst[0].TotalTokens)} -> {Format.Count(oldestFirst[^1].TotalTokens)}");
        console.MarkupLineInterpolated($"  duration  {Format.Sparkline([.. oldestFirst.Select(h => h.DurationMs)])}  {Format.Ms(oldestFirst[0].DurationMs)} -> {Format.Ms(oldestFirst[^1].DurationMs)}");
        if (history.Any(h => h.IsFlaky))
            console.MarkupLine("  [yellow]flaky:[/] the outcome changed across runs of the same commit.");
        return 0;
    }
}
