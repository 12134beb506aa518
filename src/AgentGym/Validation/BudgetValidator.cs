using System.Globalization;
using AgentGym.Metrics;

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

    /// <summary>Checks one attempt's metrics.</summary>
    /// <param name="context">The attempt.</param>
    /// <returns>The verdict.</returns>
    public ValidationResult Validate(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metrics = context.Metrics;
        var checks = new List<Check>();
        if (MaxTokens > 0)
            checks.Add(new Check("tokens", metrics.TotalTokens, MaxTokens, string.Empty));
        if (MaxLlmCalls > 0)
            checks.Add(new Check("LLM calls", metrics.LlmCalls, MaxLlmCalls, string.Empty));
        if (MaxToolCalls > 0)
            checks.Add(new Check("tool calls", metrics.ToolCalls, MaxToolCalls, string.Empty));
        if (MaxDuration > TimeSpan.Zero)
            checks.Add(new Check("duration", metrics.Duration.TotalMilliseconds, MaxDuration.TotalMilliseconds, " ms"));
        if (MaxMedianDuration > TimeSpan.Zero)
            checks.Add(new Check("median duration (one attempt)", metrics.Duration.TotalMilliseconds, MaxMedianDuration.TotalMilliseconds, " ms"));
        return Verdict(checks, scope: string.Empty);
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
            checks.Add(new Check("p95 duration", Percentiles.Of(durations, 0.95), MaxDuration.TotalMilliseconds, " ms"));
        if (MaxMedianDuration > TimeSpan.Zero)
            checks.Add(new Check("median (p50) duration", Percentiles.Of(durations, 0.50), MaxMedianDuration.TotalMilliseconds, " ms"));
        if (MaxTokens > 0)
            checks.Add(new Check("mean tokens", runs.Average(r => r.TotalTokens), MaxTokens, string.Empty));
        if (MaxLlmCalls > 0)
            checks.Add(new Check("mean LLM calls", runs.Average(r => r.LlmCalls), MaxLlmCalls, string.Empty));
        if (MaxToolCalls > 0)
            checks.Add(new Check("mean tool calls", runs.Average(r => r.ToolCalls), MaxToolCalls, string.Empty));
        return Verdict(checks, Invariant($" over {runs.Count} run{(runs.Count == 1 ? string.Empty : "s")}"));
    }

    private ValidationResult Verdict(List<Check> checks, string scope)
    {
        var exceeded = checks.Where(c => c.Value > c.Limit).ToList();
        return exceeded.Count == 0
            ? ValidationResult.Pass(Name, $"within budget{scope}: {string.Join(", ", checks.Select(c => c.Describe("≤")))}")
            : ValidationResult.Fail(Name, $"budget exceeded{scope}: {string.Join(", ", exceeded.Select(c => c.Describe("exceeds the limit of")))}");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record Check(string Figure, double Value, double Limit, string Unit)
    {
        public string Describe(string relation) => Invariant($"{Figure} {Value:0.##}{Unit} {relation} {Limit:0.##}{Unit}");
    }
}
