using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Limits what an attempt may cost: <c>[Budget(MaxTokens = 2000, MaxDurationMs = 5000)]</c>. Each limit left at 0 is no
/// limit. In a <see cref="Definitions.AgentTestType.Performance"/> test the limits apply to all runs together:
/// <see cref="MaxDurationMs"/> to the p95 duration, <see cref="MaxMedianDurationMs"/> to the p50, and the token and call
/// limits to the means.
/// </summary>
public sealed class BudgetAttribute : ValidatorAttribute
{
    /// <summary>Gets or sets the most tokens (input plus output).</summary>
    public long MaxTokens { get; set; }

    /// <summary>Gets or sets the most calls to a language model.</summary>
    public int MaxLlmCalls { get; set; }

    /// <summary>Gets or sets the most tool calls.</summary>
    public int MaxToolCalls { get; set; }

    /// <summary>Gets or sets the longest duration in milliseconds; in a performance test, the longest p95 duration.</summary>
    public int MaxDurationMs { get; set; }

    /// <summary>Gets or sets the longest median (p50) duration in milliseconds over the runs of a performance test; a single attempt is its own median.</summary>
    public int MaxMedianDurationMs { get; set; }

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new BudgetValidator(
            MaxTokens, MaxLlmCalls, MaxToolCalls, TimeSpan.FromMilliseconds(MaxDurationMs), TimeSpan.FromMilliseconds(MaxMedianDurationMs)));
}
