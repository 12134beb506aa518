using System.ComponentModel;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym compare &lt;run&gt; &lt;run&gt;</c>: each test's status, tokens and duration in both runs, and what changed.</summary>
internal sealed class CompareCommand : StoreCommand<CompareCommand.Settings>
{
    internal sealed class Settings : ListingCommandSettings
    {
        [CommandArgument(0, "<BEFORE>")]
        [Description("The earlier run's id.")]
        public long Before { get; init; }

        [CommandArgument(1, "<AFTER>")]
        [Description("The later run's id.")]
        public long After { get; init; }

        [CommandOption("--changed")]
        [Description("Show only the tests whose result changed (now failing, now passing, status changed, new, gone).")]
        public bool Changed { get; init; }
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var comparison = RunComparison.Read(store, settings.Before, settings.After);
        var tests = settings.Changed ? comparison.Tests.Where(t => t.Change != TestChange.Unchanged).ToList() : comparison.Tests;
        if (settings.Json)
        {
            return JsonOutput.Write(console, new
            {
                before = comparison.Before,
                after = comparison.After,
                comparison.NowFailing,
                comparison.NowPassing,
                comparison.New,
                comparison.Gone,
                comparison.Summary,
                tests = tests.Select(t => new { t.TestId, name = t.DisplayName, t.Change, t.Before, t.After, t.TokensChange, t.DurationChange }),
            });
        }
        var table = new Table().AddColumns("Test", $"Run {settings.Before}", $"Run {settings.After}", "Tokens", "Duration", "Change");
        foreach (var test in tests)
        {
            var (a, b) = (test.Before, test.After);
            table.AddRow(
                Markup.Escape(test.DisplayName),
                a is null ? "-" : Format.Status(a.Status),
                b is null ? "-" : Format.Status(b.Status),
                a is null || b is null ? "-" : Markup.Escape($"{Format.Count(a.TotalTokens)} -> {Format.Count(b.TotalTokens)} ({test.TokensChange})"),
                a is null || b is null ? "-" : Markup.Escape($"{Format.Ms(a.DurationMs)} -> {Format.Ms(b.DurationMs)} ({test.DurationChange})"),
                Format.Change(test.Change) + (b is { IsFlaky: true } && test.Change != TestChange.Unchanged ? " [yellow](flaky)[/]" : string.Empty));
        }
        console.Write(table);
        console.WriteLine(comparison.Summary);
        return 0;
    }
}
