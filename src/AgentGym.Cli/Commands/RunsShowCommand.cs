using System.ComponentModel;
using AgentGym.Reporting;
using AgentGym.Results;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym runs show &lt;id&gt;</c>: one run's results, with flaky marks and the conversation of multi-turn tests.</summary>
internal sealed class RunsShowCommand : StoreCommand<RunsShowCommand.Settings>
{
    internal sealed class Settings : ListingCommandSettings
    {
        [CommandArgument(0, "<RUN>")]
        [Description("The run's id (see 'agentgym runs list').")]
        public long Run { get; init; }
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var run = store.GetRun(settings.Run) ?? throw new ResultStoreException($"The AgentGym results store {store.Location} has no run {settings.Run}.");
        var tests = store.GetTestRuns(run.Id);
        var benchmarks = store.GetBenchmarkRuns(run.Id);
        var security = SecuritySummary.FromStored(tests);
        if (settings.Json)
            return JsonOutput.Write(console, new { run, tests = tests.Select(JsonOutput.WithConversation), benchmarks = benchmarks.Select(b => b.Record), security = security.Rows });
        console.MarkupLineInterpolated($"Run {run.Id}: {run.Info.Kind} of {run.Info.Source ?? "-"} on {run.Info.Machine}, branch {run.Info.Branch ?? "-"}, commit {Format.ShortCommit(run.Info.Commit)}, started {run.Info.StartedAt.UtcDateTime:u}");
        console.MarkupLineInterpolated($"{run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped, {run.Flaky} flaky");
        var crashed = tests.Where(t => t.Status == AgentTestStatus.Running).ToList();
        if (crashed.Count > 0)
        {
            console.MarkupLine($"[red]The test host died during this run[/] while {(crashed.Count == 1 ? "this test was" : $"these {crashed.Count} tests were")} running (one of them, or something else in the process, ended it):");
            foreach (var test in crashed)
                console.MarkupLineInterpolated($"  {test.DisplayName}");
        }
        else if (run.CompletedAt is null)
            console.MarkupLine("[yellow]The run did not record its end[/]: it is still running, or its process was stopped between tests.");
        if (tests.Count > 0)
        {
            // The full name is what 'tests history' and filters take; the case says which input (and agent) it ran.
            var table = new Table().AddColumns("Test", "Case", "Agent", "Status", "Tokens", "LLM calls", "Tool calls", "Duration", "Flaky");
            foreach (var test in tests)
            {
                table.AddRow(Markup.Escape(test.FullName), Markup.Escape(Case(test)), Markup.Escape(test.AgentName ?? "-"), Format.Status(test.Status),
                    Format.Count(test.TotalTokens), Format.Count(test.LlmCalls), Format.Count(test.ToolCalls), Format.Ms(test.DurationMs), test.IsFlaky ? "[yellow]flaky[/]" : string.Empty);
            }
            console.Write(table);
        }
        // A multi-turn test's result is its whole conversation: each turn's message, tool calls, answer and verdicts.
        foreach (var test in tests.Where(t => t.ConversationJson is not null))
        {
            var transcript = AgentTestRunText.Conversation(test);
            if (transcript.Length == 0)
                continue;
            console.WriteLine();
            console.WriteLine($"{test.DisplayName} ({test.Status}):");
            console.Write(new Text(transcript));
        }
        // The per-agent summary of security probes, rebuilt from the recorded probe cases as the run printed it.
        if (!security.IsEmpty)
            console.WriteLine(security.ToText());
        foreach (var benchmark in benchmarks)
        {
            var record = benchmark.Record;
            if (record.WasCancelled)
                console.MarkupLineInterpolated($"[yellow]CANCELLED[/] benchmark {record.Name}: stopped before its end; the figures cover the iterations that ran.");
            console.MarkupLineInterpolated($"Benchmark {record.Name}{(record.WasCancelled ? " (cancelled)" : string.Empty)}: agents {string.Join(", ", record.Agents)}, {record.Iterations} iterations, success {record.SuccessRate:P0}, mean {Format.Ms(record.MeanDurationMs)}, mean tokens {record.MeanTokens:0}, winner {record.Winner ?? "-"}");
        }
        return 0;
    }

    // "SupportTests.Refunds(\"order 42\")" -> "(\"order 42\")": the display name after the class and method.
    private static string Case(StoredTestRun test)
    {
        var open = test.DisplayName.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 ? test.DisplayName[open..] : "-";
    }
}
