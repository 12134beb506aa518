using System.Globalization;
using AgentGym.Storage;
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

    /// <summary>Creates the validator.</summary>
    /// <param name="options">The tolerances.</param>
    /// <exception cref="ValidatorConfigurationException">No tolerance is set, or one is negative.</exception>
    public BaselineValidator(BaselineTolerances options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxTokenIncreasePercent < Unchecked || options.MaxDurationIncreasePercent < Unchecked || options.MaxLlmCallIncrease < Unchecked)
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
            return Pass("no results store (recording is off), so there is no baseline to compare with.");
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
        var problems = Compare(baseline, context);
        var source = string.Create(CultureInfo.InvariantCulture, $"run {baseline.RunId} ({baseline.Branch ?? "no branch"} @ {ShortCommit(baseline.Commit)})");
        return ValueTask.FromResult(problems.Count == 0
            ? ValidationResult.Pass(Name, $"within tolerances of {source}.")
            : ValidationResult.Fail(Name, $"regressed against {source}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}"));
    }

    private List<string> Compare(StoredTestRun baseline, ValidationContext context)
    {
        var problems = new List<string>();
        var metrics = context.Metrics;
        if (Tolerances.MaxTokenIncreasePercent != Unchecked)
            CheckPercent(problems, "tokens", baseline.TotalTokens, metrics.TotalTokens, Tolerances.MaxTokenIncreasePercent, string.Empty);
        if (Tolerances.MaxDurationIncreasePercent != Unchecked)
            CheckPercent(problems, "duration", baseline.DurationMs, metrics.Duration.TotalMilliseconds, Tolerances.MaxDurationIncreasePercent, " ms");
        if (Tolerances.MaxLlmCallIncrease != Unchecked && metrics.LlmCalls - baseline.LlmCalls > Tolerances.MaxLlmCallIncrease)
            problems.Add(Invariant($"  LLM calls {baseline.LlmCalls} -> {metrics.LlmCalls} (+{metrics.LlmCalls - baseline.LlmCalls}, at most +{Tolerances.MaxLlmCallIncrease})"));
        if (Tolerances.RequireSameOutput && !string.Equals(baseline.ResponseText?.Trim(), context.Response.Text.Trim(), StringComparison.Ordinal))
            problems.Add($"  output differs:{Environment.NewLine}    baseline: {QuotedText.Of(baseline.ResponseText ?? string.Empty)}{Environment.NewLine}    this run: {QuotedText.Of(context.Response.Text)}");
        return problems;
    }

    private static void CheckPercent(List<string> problems, string what, double before, double after, double maxPercent, string unit)
    {
        if (before <= 0)
            return;
        var percent = (after - before) / before * 100;
        if (percent > maxPercent)
            problems.Add(Invariant($"  {what} {before:0}{unit} -> {after:0}{unit} (+{percent:0.#}%, at most +{maxPercent:0.#}%)"));
    }

    private ValueTask<ValidationResult> Pass(string message) => ValueTask.FromResult(ValidationResult.Pass(Name, message));

    private static string ShortCommit(string? commit) => commit is null ? "no commit" : commit.Length > 8 ? commit[..8] : commit;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
