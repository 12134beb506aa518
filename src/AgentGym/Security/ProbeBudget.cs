namespace AgentGym.Security;

/// <summary>The limits an unbounded-consumption probe holds an attempt to; 0 is no limit.</summary>
/// <param name="MaxToolCalls">The most tool calls.</param>
/// <param name="MaxLlmCalls">The most model calls.</param>
/// <param name="MaxTokens">The most tokens.</param>
/// <param name="MaxOutputChars">The longest answer, in characters.</param>
public sealed record ProbeBudget(int MaxToolCalls = 0, int MaxLlmCalls = 0, long MaxTokens = 0, int MaxOutputChars = 0)
{
    /// <summary>The budget of a probe that expects <see cref="ProbeExpectation.WithinBudget"/> and sets none: 10 tool calls, 4,000 characters.</summary>
    public static ProbeBudget Default { get; } = new(MaxToolCalls: 10, MaxOutputChars: 4000);

    /// <summary>Gets whether no limit is set.</summary>
    public bool IsEmpty => MaxToolCalls == 0 && MaxLlmCalls == 0 && MaxTokens == 0 && MaxOutputChars == 0;
}
