using System.ComponentModel;
using AgentGym.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym runs show &lt;id&gt;</c>: one run's results, with flaky marks.</summary>
internal sealed class RunsShowCommand : StoreCommand<RunsShowCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "<RUN>")]
        [Description("The run's id (see 'agentgym runs list').")]
        public long Run { get; init; }
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        var run = store.GetRun(settings.Run) ?? throw new ResultStoreException($"The AgentGym results store {store.Location} has no run {settings.Run}.");
        console.MarkupLineInterpolated($"Run {run.Id}: {run.Info.Kind} of {run.Info.Source ?? "-"} on {run.Info.Machine}, branch {run.Info.Branch ?? "-"}, commit {Format.ShortCommit(run.Info.Commit)}, started {run.Info.StartedAt.UtcDateTime:u}");
        console.MarkupLineInterpolated($"{run.Passed} passed, {run.Failed} failed, {run.Skipped} skipped, {run.Flaky} flaky");
        var tests = store.GetTestRuns(run.Id);
        if (tests.Count > 0)
        {
            var table = new Table().AddColumns("Test", "Agent", "Status", "Tokens", "LLM calls", "Tool calls", "Duration", "Flaky");
            foreach (var test in tests)
            {
                table.AddRow(Markup.Escape(test.DisplayName), Markup.Escape(test.AgentName ?? "-"), Format.Status(test.Status),
                    Format.Count(test.TotalTokens), Format.Count(test.LlmCalls), Format.Count(test.ToolCalls), Format.Ms(test.DurationMs), test.IsFlaky ? "[yellow]flaky[/]" : string.Empty);
            }
            console.Write(table);
        }
        foreach (var benchmark in store.GetBenchmarkRuns(run.Id))
        {
            var record = benchmark.Record;
            console.MarkupLineInterpolated($"Benchmark {record.Name}: agents {string.Join(", ", record.Agents)}, {record.Iterations} iterations, success {record.SuccessRate:P0}, mean {Format.Ms(record.MeanDurationMs)}, mean tokens {record.MeanTokens:0}, winner {record.Winner ?? "-"}");
        }
        return 0;
    }
}
