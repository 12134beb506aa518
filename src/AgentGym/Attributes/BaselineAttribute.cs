using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Makes a regression test: compares each attempt with the test's stored baseline (the last passing run on the baseline branch,
/// or a baseline named with <c>agentgym baseline set</c>) and fails with the differences when a figure grows past its tolerance.
/// </summary>
/// <example><code>[AgentTest(Type = AgentTestType.Regression)] [Baseline(MaxTokenIncreasePercent = 20, MaxLlmCallIncrease = 1)]</code></example>
public sealed class BaselineAttribute : ValidatorAttribute
{
    /// <summary>Gets or sets the most that total tokens may grow, in percent (unchecked when unset).</summary>
    public double MaxTokenIncreasePercent { get; set; } = BaselineValidator.Unchecked;

    /// <summary>Gets or sets the most that the duration may grow, in percent (unchecked when unset).</summary>
    public double MaxDurationIncreasePercent { get; set; } = BaselineValidator.Unchecked;

    /// <summary>Gets or sets the most extra LLM calls (unchecked when unset).</summary>
    public int MaxLlmCallIncrease { get; set; } = (int)BaselineValidator.Unchecked;

    /// <summary>Gets or sets whether the response text must equal the baseline's.</summary>
    public bool RequireSameOutput { get; set; }

    /// <summary>Gets or sets the named baseline to compare with, or <see langword="null"/> for the last passing run on the baseline branch.</summary>
    public string? Name { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new BaselineValidator(new BaselineTolerances
        {
            MaxTokenIncreasePercent = MaxTokenIncreasePercent,
            MaxDurationIncreasePercent = MaxDurationIncreasePercent,
            MaxLlmCallIncrease = MaxLlmCallIncrease,
            RequireSameOutput = RequireSameOutput,
            Name = Name,
        }));
}
