using AgentGym.Validation;

namespace AgentGym.Attributes;

/// <summary>
/// Has an LLM judge score the answer against a rubric: <c>[JudgedBy("Apologises and offers a refund", Threshold = 0.8)]</c>.
/// The judge is the chat client registered with <c>builder.AddJudge(...)</c> in the startup class; the judge's reasoning
/// is in the result. See <see cref="JudgeValidator"/>.
/// </summary>
/// <param name="rubric">What a good answer does, in words the judge model reads.</param>
public sealed class JudgedByAttribute(string rubric) : ValidatorAttribute
{
    /// <summary>Gets what a good answer does.</summary>
    public string Rubric { get; } = rubric;

    /// <summary>Gets or sets the lowest passing score, from 0 to 1; 0.7 by default.</summary>
    public double Threshold { get; set; } = JudgeValidator.DefaultThreshold;

    /// <inheritdoc />
    public override IValidator CreateValidator(ValidatorCreationContext context) =>
        ValidatorCreation.For(this, context, () => new JudgeValidator(Rubric, Threshold));
}
