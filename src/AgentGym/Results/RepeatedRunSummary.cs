using System.Globalization;

namespace AgentGym.Results;

/// <summary>
/// How a test that ran several times (or was retried) fared: attempts, pass rate, pass@k, pass^k, and whether its attempts
/// disagreed (unstable). Flaky is another thing: results of the same commit that disagree across runs, which the results
/// store marks.
/// </summary>
/// <param name="Runs">How many runs were made (k).</param>
/// <param name="PassedRuns">How many runs passed.</param>
/// <param name="Attempts">How many attempts were made in all, retries included.</param>
/// <param name="PassThreshold">The share of runs that had to pass.</param>
public sealed record RepeatedRunSummary(int Runs, int PassedRuns, int Attempts, double PassThreshold)
{
    /// <summary>Gets the share of runs that passed.</summary>
    public double PassRate => Runs == 0 ? 0 : (double)PassedRuns / Runs;

    /// <summary>Gets whether at least one of the k runs passed (pass@k).</summary>
    public bool PassAtK => PassedRuns > 0;

    /// <summary>Gets whether all k runs passed (pass^k).</summary>
    public bool PassHatK => Runs > 0 && PassedRuns == Runs;

    /// <summary>Gets whether the attempts of this run disagreed: some passed and some did not (a retry passed, or only some of the k runs).</summary>
    public bool IsUnstable { get; init; }

    /// <summary>Gets whether the attempts of this run disagreed; the old name of <see cref="IsUnstable"/>.</summary>
    [Obsolete("Use IsUnstable: attempts of one run that disagree are unstable. Flaky now means results of the same commit that disagree across runs (the results store's mark).")]
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public bool IsFlaky
    {
        get => IsUnstable;
        init => IsUnstable = value;
    }

    /// <summary>Gets whether the pass rate reached the threshold.</summary>
    public bool MetThreshold => Runs > 0 && PassRate + 1e-9 >= PassThreshold;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{PassedRuns}/{Runs} runs passed ({PassRate * 100:0.#}%, threshold {PassThreshold * 100:0.#}%), {Attempts} attempts, pass@{Runs}: {(PassAtK ? "yes" : "no")}, pass^{Runs}: {(PassHatK ? "yes" : "no")}{(IsUnstable ? ", unstable (attempts disagreed)" : string.Empty)}");
}
