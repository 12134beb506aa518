using AgentGym.Definitions;
using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Compares each attempt with the test's stored baseline (the last passing run on the baseline branch, or a baseline named with
/// <c>agentgym baseline set</c>) and fails with the differences when a figure grows past its tolerance. A
/// <see cref="AgentTestType.Regression"/> test does this without the attribute, with <see cref="BaselineTolerances.RegressionDefaults"/>;
/// on such a test, the tolerances set here override those defaults one by one.
/// </summary>
/// <example><code>[AgentTest(Type = AgentTestType.Regression)] [Baseline(MaxTokenIncreasePercent = 10, RequireSameOutput = false)]</code></example>
public sealed class BaselineAttribute : ValidatorAttribute
{
    private double? _maxTokenIncreasePercent;
    private double? _maxDurationIncreasePercent;
    private int? _maxLlmCallIncrease;
    private double? _durationNoiseMs;
    private bool? _requireSameOutput;

    /// <summary>Gets or sets the most that total tokens may grow, in percent (unchecked when unset, except by a regression test's default).</summary>
    public double MaxTokenIncreasePercent
    {
        get => _maxTokenIncreasePercent ?? BaselineValidator.Unchecked;
        set => _maxTokenIncreasePercent = value;
    }

    /// <summary>Gets or sets the most that the duration may grow, in percent (unchecked when unset, except by a regression test's default).</summary>
    public double MaxDurationIncreasePercent
    {
        get => _maxDurationIncreasePercent ?? BaselineValidator.Unchecked;
        set => _maxDurationIncreasePercent = value;
    }

    /// <summary>
    /// Gets or sets how many milliseconds the duration may grow before <see cref="MaxDurationIncreasePercent"/> applies: less
    /// is noise (default 1,000 ms on a regression test, 100 ms on a test of another type).
    /// </summary>
    public double DurationNoiseMs
    {
        get => _durationNoiseMs ?? BaselineValidator.DurationNoiseMs;
        set => _durationNoiseMs = value;
    }

    /// <summary>Gets or sets the most extra LLM calls (unchecked when unset, except by a regression test's default).</summary>
    public int MaxLlmCallIncrease
    {
        get => _maxLlmCallIncrease ?? (int)BaselineValidator.Unchecked;
        set => _maxLlmCallIncrease = value;
    }

    /// <summary>Gets or sets whether the response text must equal the baseline's (a regression test's default is <see langword="true"/>).</summary>
    public bool RequireSameOutput
    {
        get => _requireSameOutput ?? false;
        set => _requireSameOutput = value;
    }

    /// <summary>Gets or sets the named baseline to compare with, or <see langword="null"/> for the last passing run on the baseline branch.</summary>
    public string? Name { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var regression = context.Attributes.OfType<AgentTestAttribute>().Any(a => a.Type == AgentTestType.Regression);
        return ValidatorCreation.For(this, context, () => new BaselineValidator(
            BaselineTolerances.Of(regression, _maxTokenIncreasePercent, _maxDurationIncreasePercent, _maxLlmCallIncrease, _requireSameOutput, Name, _durationNoiseMs)));
    }
}
