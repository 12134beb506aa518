using System.Globalization;
using AgentGym.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Validation;

/// <summary>
/// Compares an attempt with the test's stored baseline (a named baseline, or the last passing run on the baseline branch):
/// tokens, duration and LLM calls within tolerances, and the same output when required. A test with no baseline yet passes
/// with a note; once its run is recorded it is the baseline of the next.
/// </summary>
public sealed class BaselineValidator : IValidator
{
    /// <summary>The value of a tolerance that is not checked.</summary>
    public const double Unchecked = -1;

    /// <summary>Duration increases of at most this many milliseconds are timer noise, never a regression, unless the tolerances say otherwise (<see cref="BaselineTolerances.DurationNoiseMs"/>).</summary>
    public const double DurationNoiseMs = 100;

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The tolerances.</param>
    /// <exception cref="ValidatorConfigurationException">No tolerance is set, or one is negative.</exception>
    public BaselineValidator(BaselineTolerances options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxTokenIncreasePercent < Unchecked || options.MaxDurationIncreasePercent < Unchecked || options.MaxLlmCallIncrease < Unchecked || options.DurationNoiseMs < 0)
            throw new ValidatorConfigurationException("A baseline tolerance must be 0 or more (or left unset).");
        if (options.MaxTokenIncreasePercent == Unchecked && options.MaxDurationIncreasePercent == Unchecked && options.MaxLlmCallIncrease == Unchecked && !options.RequireSameOutput)
            throw new ValidatorConfigurationException("The baseline checks nothing: set MaxTokenIncreasePercent, MaxDurationIncreasePercent, MaxLlmCallIncrease or RequireSameOutput.");
        Tolerances = options;
        Name = options.Name is null ? "Baseline" : $"Baseline({options.Name})";
    }

    /// <summary>Gets the tolerances.</summary>
    public BaselineTolerances Tolerances { get; }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = context.Services?.GetService<ResultStoreContext>();
        if (stored?.Store is not { } store)
            return Pass("no results store (it is off), so there is no baseline to compare with.");
        if (context.TestId is not { } testId)
            return Pass("the test has no id to look its baseline up by.");
        StoredTestRun? baseline;
        try
        {
            baseline = store.FindBaseline(testId, Tolerances.Name, stored.BaselineBranch, stored.RunId);
        }
        catch (ResultStoreException ex)
        {
            return ValueTask.FromResult(ValidationResult.Error(Name, $"the baseline could not be read: {ex.Message}"));
        }
        if (baseline is null)
        {
            return Pass(Tolerances.Name is { } name
                ? $"no baseline yet: baseline '{name}' has no result of this test (set one with 'agentgym baseline set <run> --name {name}')."
                : $"no baseline yet: no passing run on {stored.BaselineBranch}. This run becomes the first baseline when it passes there.");
        }
        var (problems, unreported) = Compare(baseline, context);
        var source = string.Create(CultureInfo.InvariantCulture, $"run {baseline.RunId} ({baseline.Branch ?? "no branch"} @ {ShortCommit(baseline.Commit)})");
        // A figure that was not measured cannot be compared. Asked for in [Baseline], that is an error; among the defaults
        // of a regression test it is left out and named, so that an agent without usage still has its output compared.
        var notCompared = unreported.Count == 0 ? string.Empty : $" Not compared: {string.Join("; ", unreported)}.";
        if (problems.Count > 0)
            return ValueTask.FromResult(ValidationResult.Fail(Name, $"regressed against {source}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{notCompared}"));
        if (unreported.Count > 0 && !Tolerances.SkipUnreportedFigures)
            return ValueTask.FromResult(ValidationResult.Error(Name, $"could not compare with {source}: {string.Join("; ", unreported)}. Measure them (UseAgentGymMetrics, or usage in the AgentResponse), or leave them out of [Baseline]."));
        return Pass($"within tolerances of {source}.{notCompared}");
    }

    private (List<string> Problems, List<string> Unreported) Compare(StoredTestRun baseline, ValidationContext context)
    {
        var problems = new List<string>();
        var unreported = new List<string>();
        var metrics = context.Metrics;
        if (Tolerances.MaxTokenIncreasePercent != Unchecked)
        {
            if (baseline.TotalTokens is { } before && metrics.TotalTokens is { } after)
                CheckPercent(problems, "tokens", before, after, Tolerances.MaxTokenIncreasePercent, string.Empty, noise: 0);
            else
                unreported.Add(NotReported("tokens", baseline.TotalTokens is null, metrics.TotalTokens is null));
        }

        if (Tolerances.MaxDurationIncreasePercent != Unchecked)
            CheckPercent(problems, "duration", baseline.DurationMs, metrics.Duration.TotalMilliseconds, Tolerances.MaxDurationIncreasePercent, " ms", Tolerances.DurationNoiseMs);
        if (Tolerances.MaxLlmCallIncrease != Unchecked)
        {
            if (baseline.LlmCalls is { } before && metrics.LlmCalls is { } after)
            {
                if (after - before > Tolerances.MaxLlmCallIncrease)
                    problems.Add(Invariant($"  LLM calls {before} -> {after} (+{after - before}, at most +{Tolerances.MaxLlmCallIncrease})"));
            }
            else
            {
                unreported.Add(NotReported("LLM calls", baseline.LlmCalls is null, metrics.LlmCalls is null));
            }
        }

        if (Tolerances.RequireSameOutput && !string.Equals(baseline.ResponseText?.Trim(), context.Response.Text.Trim(), StringComparison.Ordinal))
            problems.Add($"  output differs:{Environment.NewLine}    baseline: {QuotedText.Of(baseline.ResponseText ?? string.Empty)}{Environment.NewLine}    this run: {QuotedText.Of(context.Response.Text)}");
        return (problems, unreported);
    }

    private static string NotReported(string figure, bool inBaseline, bool inThisRun) =>
        $"{figure} were not reported {(inBaseline && inThisRun ? "in the baseline or in this run" : inBaseline ? "in the baseline" : "in this run")}";

    private static void CheckPercent(List<string> problems, string what, double before, double after, double maxPercent, string unit, double noise)
    {
        // Below the noise floor a change is timer jitter, not a regression: 2 ms -> 5 ms is +150% of nothing.
        if (before <= 0 || after - before <= noise)
            return;
        var percent = (after - before) / before * 100;
        if (percent > maxPercent)
            problems.Add(Invariant($"  {what} {before:0}{unit} -> {after:0}{unit} (+{percent:0.#}%, at most +{maxPercent:0.#}%)"));
    }

    private ValueTask<ValidationResult> Pass(string message) => ValueTask.FromResult(ValidationResult.Pass(Name, message));

    private static string ShortCommit(string? commit) => commit is null ? "no commit" : commit.Length > 8 ? commit[..8] : commit;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
