using System.Globalization;
using System.Text;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Reporting;
using AgentGym.Results;
using AgentGym.Security;

namespace AgentGym.Sdk;

/// <summary>Writes a test result as the text people read under a test: metrics, every validator's verdict, runs, output.</summary>
public static class AgentTestRunText
{
    /// <summary>Formats a result's details for the test output (Test Explorer, TRX, <c>dotnet test</c>).</summary>
    /// <param name="run">The result.</param>
    /// <param name="verbosity">How much to show.</param>
    /// <returns>The text; empty when there is nothing to show at this verbosity.</returns>
    public static string Details(AgentTestRun run, OutputVerbosity verbosity)
    {
        ArgumentNullException.ThrowIfNull(run);
        var passed = run.Status is AgentTestStatus.Passed or AgentTestStatus.Skipped;
        if (verbosity == OutputVerbosity.Minimal && passed)
            return string.Empty;

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"[AgentGym] {run.Status} · agent: {run.AgentName ?? "-"} · type: {run.Test.Type}");
        if (run.Test.Probe is { } probe)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Probe: {probe.Probe.Id} · {probe.Probe.Category.Code()} {probe.Probe.Category.Title()} · {probe.Probe.Title} · delivered in {probe.Probe.Delivery} · {ProbeVerdicts.Of(run).Describe()}");
        }

        if (run.Attempts.Count > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"Metrics: {Describe(run.Metrics)}");
        if (run.Summary is { } summary)
            text.AppendLine(CultureInfo.InvariantCulture, $"Runs: {summary}");
        if (run.Test.Type is AgentTestType.Performance or AgentTestType.Stress && run.Attempts.Count > 1)
            text.AppendLine(CultureInfo.InvariantCulture, $"Distribution: {Distribution(run)}");
        if (run.Validations.Count > 0)
        {
            text.AppendLine("Validators:");
            foreach (var validation in run.Validations)
                text.Append("  ").AppendLine(validation.ToString());
        }

        if (run.Attempts.Count > 0)
            ConversationText.Append(text, run.Attempts[^1]);
        if (verbosity == OutputVerbosity.Detailed)
            AppendAttempts(text, run);
        if (!string.IsNullOrEmpty(run.Output))
        {
            text.AppendLine("Output:");
            text.Append(run.Output);
        }

        return text.ToString();
    }

    /// <summary>Formats the one-paragraph failure message: what was expected and what came.</summary>
    /// <param name="run">The result.</param>
    /// <returns>The message, or <see langword="null"/> for a passing or skipped test.</returns>
    public static string? FailureMessage(AgentTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Status is AgentTestStatus.Passed or AgentTestStatus.Skipped)
            return null;
        var message = run.Error?.Message ?? run.Status.ToString();
        return run.Status switch
        {
            AgentTestStatus.Timeout => $"[Timeout] {message}",
            AgentTestStatus.Error => $"[Error] {run.Error?.Type}: {message}",
            AgentTestStatus.Cancelled => $"[Cancelled] {message}",
            _ => message,
        };
    }

    /// <summary>
    /// Formats the conversation a multi-turn result kept in the store: each turn's metrics, what the user said, the tool calls,
    /// the answer and the turn's verdicts, as the test output shows them.
    /// </summary>
    /// <param name="result">The stored result.</param>
    /// <returns>The transcript; empty for a test of one input.</returns>
    public static string Conversation(StoredTestRun result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (ConversationJson.Read(result.ConversationJson) is not { } conversation)
            return string.Empty;
        var text = new StringBuilder();
        ConversationText.Append(text, conversation.Turns, conversation.End, withVerdicts: true);
        return text.ToString();
    }

    /// <summary>Formats metrics on one line.</summary>
    /// <param name="metrics">The metrics.</param>
    /// <returns>The line.</returns>
    public static string Describe(AgentMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var tokens = metrics.TotalTokens is null ? $"tokens {AgentMetrics.NotReported}"
            : $"tokens {AgentMetrics.Show(metrics.TotalTokens)} (in {AgentMetrics.Show(metrics.InputTokens)}, out {AgentMetrics.Show(metrics.OutputTokens)})";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"duration {metrics.Duration.TotalMilliseconds:0} ms · {tokens} · LLM calls {AgentMetrics.Show(metrics.LlmCalls)} · tool calls {AgentMetrics.Show(metrics.ToolCalls)}");
        if (metrics.Source != MetricSource.None)
            line += $" · source: {metrics.Source}";
        foreach (var (name, value) in metrics.Custom)
            line += string.Create(CultureInfo.InvariantCulture, $" · {name} {value:G6}");
        return line;
    }

    private static string Distribution(AgentTestRun run)
    {
        // The same runs the budget judges: those that finished (passed or failed), not those that timed out or errored.
        var finals = run.Attempts.GroupBy(a => a.Run).Select(g => g.Last())
            .Where(a => a.Status is AgentTestStatus.Passed or AgentTestStatus.Failed)
            .Select(a => a.Metrics).ToList();
        if (finals.Count == 0)
            return "no run finished";
        var durations = finals.Select(m => m.Duration.TotalMilliseconds).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{finals.Count} finished runs · duration p50 {Percentiles.Of(durations, 0.50):0.##} ms, p95 {Percentiles.Of(durations, 0.95):0.##} ms, max {durations[^1]:0.##} ms · mean tokens {Mean(finals, m => m.TotalTokens, "0.#")} · mean LLM calls {Mean(finals, m => m.LlmCalls, "0.##")}");
    }

    // A mean over runs that did not all report the figure would be a guess: say so instead.
    private static string Mean(List<AgentMetrics> runs, Func<AgentMetrics, double?> figure, string format) =>
        runs.Any(r => figure(r) is null) ? AgentMetrics.NotReported : runs.Average(r => figure(r)!.Value).ToString(format, CultureInfo.InvariantCulture);

    private static void AppendAttempts(StringBuilder text, AgentTestRun run)
    {
        foreach (var attempt in run.Attempts)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Run {attempt.Run}, attempt {attempt.Attempt}: {attempt.Status} · {Describe(attempt.Metrics)}");
            if (attempt.Error is { } error && attempt.Status != AgentTestStatus.Passed)
                text.AppendLine(CultureInfo.InvariantCulture, $"  error: {error.Type}: {error.Message}");
            if (attempt.Response is { } response)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  response: {response.Text}");
                foreach (var call in response.ToolCalls)
                    text.AppendLine(CultureInfo.InvariantCulture, $"  tool call: {call.Name}({string.Join(", ", call.Arguments?.Select(a => $"{a.Key}: {a.Value}") ?? [])})");
            }
        }
    }
}
