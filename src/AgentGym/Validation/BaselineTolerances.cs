namespace AgentGym.Validation;

/// <summary>How far a regression test may move from its baseline; <see cref="BaselineValidator.Unchecked"/> leaves a figure unchecked.</summary>
public sealed record BaselineTolerances
{
    /// <summary>Gets the most that total tokens may grow, in percent.</summary>
    public double MaxTokenIncreasePercent { get; init; } = BaselineValidator.Unchecked;

    /// <summary>Gets the most that the duration may grow, in percent.</summary>
    public double MaxDurationIncreasePercent { get; init; } = BaselineValidator.Unchecked;

    /// <summary>
    /// Gets how many milliseconds the duration may grow, whatever the percentage, before it counts: below that it is the
    /// machine's noise, never a regression. <see cref="BaselineValidator.DurationNoiseMs"/> (100 ms) unless set.
    /// </summary>
    public double DurationNoiseMs { get; init; } = BaselineValidator.DurationNoiseMs;

    /// <summary>Gets the most extra LLM calls.</summary>
    public double MaxLlmCallIncrease { get; init; } = BaselineValidator.Unchecked;

    /// <summary>Gets whether the response text must equal the baseline's.</summary>
    public bool RequireSameOutput { get; init; }

    /// <summary>
    /// Gets whether figures that were not measured (in the baseline or in this run) are left out and named instead of making
    /// the check an error. The defaults of a regression test do this; tolerances written in <c>[Baseline]</c> do not.
    /// </summary>
    public bool SkipUnreportedFigures { get; init; }

    /// <summary>
    /// Gets what a <see cref="Definitions.AgentTestType.Regression"/> test compares when <c>[Baseline]</c> does not say
    /// otherwise: tokens up to +20%, duration up to +100% once it has grown by more than a second, at most one more LLM call,
    /// and the same output. Figures the agent does not report are left out and named. The duration of one attempt moves with
    /// the machine's load (a busy CI machine stretches a 50 ms attempt many times over), so by default only an agent that
    /// became both twice and a second slower (a model call more, a slower model) fails; set
    /// <see cref="DurationNoiseMs"/> in <c>[Baseline]</c> to look closer.
    /// </summary>
    public static BaselineTolerances RegressionDefaults { get; } = new()
    {
        MaxTokenIncreasePercent = 20,
        MaxDurationIncreasePercent = 100,
        DurationNoiseMs = 1000,
        MaxLlmCallIncrease = 1,
        RequireSameOutput = true,
        SkipUnreportedFigures = true,
    };

    /// <summary>Gets the named baseline to compare with (<c>agentgym baseline set --name</c>), or <see langword="null"/> for the last passing run on the baseline branch.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The tolerances a test asks for, by one rule for <c>[Baseline]</c> and the <c>baseline</c> rule of test files: a regression
    /// test starts from <see cref="RegressionDefaults"/> and every tolerance given overrides its default; any other test checks
    /// only what is given. A figure asked for must be measured; only the regression defaults leave out what is not reported.
    /// </summary>
    internal static BaselineTolerances Of(bool regression, double? maxTokenIncreasePercent, double? maxDurationIncreasePercent, int? maxLlmCallIncrease, bool? requireSameOutput, string? name, double? durationNoiseMs = null)
    {
        var defaults = regression ? RegressionDefaults : new BaselineTolerances();
        return defaults with
        {
            MaxTokenIncreasePercent = maxTokenIncreasePercent ?? defaults.MaxTokenIncreasePercent,
            MaxDurationIncreasePercent = maxDurationIncreasePercent ?? defaults.MaxDurationIncreasePercent,
            MaxLlmCallIncrease = maxLlmCallIncrease ?? defaults.MaxLlmCallIncrease,
            DurationNoiseMs = durationNoiseMs ?? defaults.DurationNoiseMs,
            RequireSameOutput = requireSameOutput ?? defaults.RequireSameOutput,
            Name = name,
            SkipUnreportedFigures = defaults.SkipUnreportedFigures && maxTokenIncreasePercent is null && maxLlmCallIncrease is null,
        };
    }
}
