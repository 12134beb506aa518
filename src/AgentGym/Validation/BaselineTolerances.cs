namespace AgentGym.Validation;

/// <summary>How far a regression test may move from its baseline; <see cref="BaselineValidator.Unchecked"/> leaves a figure unchecked.</summary>
public sealed record BaselineTolerances
{
    /// <summary>Gets the most that total tokens may grow, in percent.</summary>
    public double MaxTokenIncreasePercent { get; init; } = BaselineValidator.Unchecked;

    /// <summary>Gets the most that the duration may grow, in percent.</summary>
    public double MaxDurationIncreasePercent { get; init; } = BaselineValidator.Unchecked;

    /// <summary>Gets the most extra LLM calls.</summary>
    public double MaxLlmCallIncrease { get; init; } = BaselineValidator.Unchecked;

    /// <summary>Gets whether the response text must equal the baseline's.</summary>
    public bool RequireSameOutput { get; init; }

    /// <summary>Gets the named baseline to compare with (<c>agentgym baseline set --name</c>), or <see langword="null"/> for the last passing run on the baseline branch.</summary>
    public string? Name { get; init; }
}
