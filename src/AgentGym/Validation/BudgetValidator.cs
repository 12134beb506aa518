using System.Globalization;
using AgentGym.Metrics;
using AgentGym.Sdk;

namespace AgentGym.Validation;

/// <summary>
/// Checks that an attempt stayed within limits of tokens, LLM calls, tool calls and duration. In a performance test it
/// judges all runs together instead: the maximum duration applies to the p95 duration, the median duration limit to the
/// p50, and the token and call limits to the means over runs.
/// </summary>
public sealed class BudgetValidator : IDistributionValidator
{
    /// <summary>Creates the validator. A limit of 0 means no limit; at least one limit must be set.</summary>
    /// <param name="maxTokens">The most tokens (input plus output).</param>
    /// <param name="maxLlmCalls">The most calls to a language model.</param>
    /// <param name="maxToolCalls">The most tool calls.</param>
    /// <param name="maxDuration">The longest duration; in a performance test, the longest p95 duration.</param>
    /// <param name="maxMedianDuration">The longest median (p50) duration over the runs of a performance test; a single attempt is its own median.</param>
    /// <exception cref="ValidatorConfigurationException">A limit is negative, or none is set.</exception>
    public BudgetValidator(long maxTokens = 0, int maxLlmCalls = 0, int maxToolCalls = 0, TimeSpan maxDuration = default, TimeSpan maxMedianDuration = default)
    {
        var negative = new List<string>();
        if (maxTokens < 0)
            negative.Add(Invariant($"MaxTokens is {maxTokens}"));
        if (maxLlmCalls < 0)
            negative.Add(Invariant($"MaxLlmCalls is {maxLlmCalls}"));
        if (maxToolCalls < 0)
            negative.Add(Invariant($"MaxToolCalls is {maxToolCalls}"));
        if (maxDuration < TimeSpan.Zero)
            negative.Add(Invariant($"MaxDurationMs is {maxDuration.TotalMilliseconds}"));
        if (maxMedianDuration < TimeSpan.Zero)
            negative.Add(Invariant($"MaxMedianDurationMs is {maxMedianDuration.TotalMilliseconds}"));
        if (negative.Count > 0)
            throw new ValidatorConfigurationException($"{string.Join(", ", negative)}: a budget limit must be positive, or 0 for no limit.");
        if (maxTokens == 0 && maxLlmCalls == 0 && maxToolCalls == 0 && maxDuration == TimeSpan.Zero && maxMedianDuration == TimeSpan.Zero)
            throw new ValidatorConfigurationException("The budget sets no limit: set at least one of MaxTokens, MaxLlmCalls, MaxToolCalls, MaxDurationMs or MaxMedianDurationMs.");

        (MaxTokens, MaxLlmCalls, MaxToolCalls, MaxDuration, MaxMedianDuration) = (maxTokens, maxLlmCalls, maxToolCalls, maxDuration, maxMedianDuration);
        Name = ValidatorNames.Format("Budget", [],
            ("MaxTokens", maxTokens), ("MaxLlmCalls", maxLlmCalls), ("MaxToolCalls", maxToolCalls),
            ("MaxDurationMs", (long)maxDuration.TotalMilliseconds), ("MaxMedianDurationMs", (long)maxMedianDuration.TotalMilliseconds));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the most tokens; 0 for no limit.</summary>
    public long MaxTokens { get; }

    /// <summary>Gets the most LLM calls; 0 for no limit.</summary>
    public int MaxLlmCalls { get; }

    /// <summary>Gets the most tool calls; 0 for no limit.</summary>
    public int MaxToolCalls { get; }

    /// <summary>Gets the longest duration (p95 over the runs of a performance test); zero for no limit.</summary>
    public TimeSpan MaxDuration { get; }

    /// <summary>Gets the longest median duration; zero for no limit.</summary>
    public TimeSpan MaxMedianDuration { get; }

    /// <summary>Checks one attempt's metrics. A limit on a figure that no source measured is an error, never a pass.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metrics = context.Metrics;
        var checks = new List<Check>();
        if (MaxTokens > 0)
            checks.Add(new Check("tokens", "MaxTokens", metrics.TotalTokens, MaxTokens, string.Empty));
        if (MaxLlmCalls > 0)
            checks.Add(new Check("LLM calls", "MaxLlmCalls", metrics.LlmCalls, MaxLlmCalls, string.Empty));
        if (MaxToolCalls > 0)
            checks.Add(new Check("tool calls", "MaxToolCalls", metrics.ToolCalls, MaxToolCalls, string.Empty));
        if (MaxDuration > TimeSpan.Zero)
            checks.Add(new Check("duration", "MaxDurationMs", metrics.Duration.TotalMilliseconds, MaxDuration.TotalMilliseconds, " ms"));
        if (MaxMedianDuration > TimeSpan.Zero)
            checks.Add(new Check("median duration (one attempt)", "MaxMedianDurationMs", metrics.Duration.TotalMilliseconds, MaxMedianDuration.TotalMilliseconds, " ms"));
        var by = context.AgentName is null ? "the agent" : $"agent '{context.AgentName}'";
        return Verdict(checks, scope: string.Empty, check => $"{check.Figure} were not reported by {by}");
    }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Validate(context));

    /// <inheritdoc />
    public ValidationResult ValidateDistribution(IReadOnlyList<AgentMetrics> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        // Runs that timed out or failed with an error have no metrics worth judging, and their status already fails the test.
        if (runs.Count == 0)
            return ValidationResult.Pass(Name, "no run finished, so there is no distribution to judge");
        var durations = runs.Select(r => r.Duration.TotalMilliseconds).Order().ToList();
        var checks = new List<Check>();
        if (MaxDuration > TimeSpan.Zero)
            checks.Add(new Check("p95 duration", "MaxDurationMs", Percentiles.Of(durations, 0.95), MaxDuration.TotalMilliseconds, " ms"));
        if (MaxMedianDuration > TimeSpan.Zero)
            checks.Add(new Check("median (p50) duration", "MaxMedianDurationMs", Percentiles.Of(durations, 0.50), MaxMedianDuration.TotalMilliseconds, " ms"));
        if (MaxTokens > 0)
            checks.Add(Mean(runs, "tokens", "MaxTokens", r => r.TotalTokens, MaxTokens));
        if (MaxLlmCalls > 0)
            checks.Add(Mean(runs, "LLM calls", "MaxLlmCalls", r => r.LlmCalls, MaxLlmCalls));
        if (MaxToolCalls > 0)
            checks.Add(Mean(runs, "tool calls", "MaxToolCalls", r => r.ToolCalls, MaxToolCalls));
        return Verdict(checks, Invariant($" over {runs.Count} run{(runs.Count == 1 ? string.Empty : "s")}"),
            check => Invariant($"{check.Figure[("mean ".Length)..]} were not reported in {check.Unreported} of {runs.Count} runs"));
    }

    private ValidationResult Verdict(List<Check> checks, string scope, Func<Check, string> notReported)
    {
        // A limit on a figure that no source measured was not checked: never a pass, since 0 would be a guess.
        var unmeasured = checks.Where(c => c.Value is null).ToList();
        var exceeded = checks.Where(c => c.Value > c.Limit).ToList();
        var uncheckable = unmeasured.Count == 0 ? string.Empty
            : $"{string.Join("; ", unmeasured.Select(notReported))}, so {string.Join(", ", unmeasured.Select(c => c.LimitName))} could not be checked. {MeasuringHint}";
        if (exceeded.Count > 0)
            return ValidationResult.Fail(Name, $"budget exceeded{scope}: {string.Join(", ", exceeded.Select(c => c.Describe("exceeds the limit of")))}{(uncheckable.Length == 0 ? string.Empty : $"; {uncheckable}")}");
        return unmeasured.Count > 0
            ? ValidationResult.Error(Name, uncheckable)
            : ValidationResult.Pass(Name, $"within budget{scope}: {string.Join(", ", checks.Select(c => c.Describe("≤")))}");
    }

    private const string MeasuringHint =
        "Put the gym's metrics in the agent's chat pipeline (UseAgentGymMetrics), or have the agent report usage and tool calls in its AgentResponse.";

    private static Check Mean(IReadOnlyList<AgentMetrics> runs, string figure, string limitName, Func<AgentMetrics, double?> value, double limit)
    {
        var unreported = runs.Count(r => value(r) is null);
        return new Check($"mean {figure}", limitName, unreported > 0 ? null : runs.Average(r => value(r)!.Value), limit, string.Empty) { Unreported = unreported };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Check(string Figure, string LimitName, double? Value, double Limit, string Unit)
    {
        public int Unreported { get; init; }

        public string Describe(string relation) => Invariant($"{Figure} {Value:0.##}{Unit} {relation} {Limit:0.##}{Unit}");
    }
}
