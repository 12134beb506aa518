using Microsoft.Extensions.AI;

namespace AgentGym.Validation;

/// <summary>
/// Makes validators from code, for checks that no attribute expresses:
/// <c>Validator.From("short answer", ctx => ctx.Response.Text.Length &lt; 500)</c>.
/// </summary>
public static class Validator
{
    /// <summary>Makes a validator from a condition on the attempt.</summary>
    /// <param name="name">The name shown in results.</param>
    /// <param name="condition">Whether the attempt passes.</param>
    /// <param name="failureMessage">What to report when the condition is false; by default, that it was false and the agent's text.</param>
    /// <returns>The validator.</returns>
    public static IValidator From(string name, Func<ValidationContext, bool> condition, string? failureMessage = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return new DelegateValidator(name, (context, _) => ValueTask.FromResult(condition(context)
            ? ValidationResult.Pass(name, "the condition held")
            : ValidationResult.Fail(name, failureMessage ?? $"the condition was false for the answer {QuotedText.Of(context.Response.Text)}")));
    }

    /// <summary>Makes a validator from a function that gives the verdict.</summary>
    /// <param name="name">The name shown in results.</param>
    /// <param name="validate">Checks the attempt.</param>
    /// <returns>The validator.</returns>
    public static IValidator From(string name, Func<ValidationContext, ValidationResult> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return new DelegateValidator(name, (context, _) => ValueTask.FromResult(validate(context)));
    }

    /// <summary>Makes a validator from an asynchronous function that gives the verdict.</summary>
    /// <param name="name">The name shown in results.</param>
    /// <param name="validate">Checks the attempt; it should honour the cancellation token.</param>
    /// <returns>The validator.</returns>
    public static IValidator From(string name, Func<ValidationContext, CancellationToken, ValueTask<ValidationResult>> validate) =>
        new DelegateValidator(name, validate);

    /// <summary>Makes a check of the agent's tool calls against a trajectory: <c>Validator.Trajectory(ExpectedTrajectory.Strict("search", "refund"))</c>.</summary>
    /// <param name="expected">The expected trajectory.</param>
    /// <returns>The validator.</returns>
    public static TrajectoryValidator Trajectory(ExpectedTrajectory expected) => new(expected);

    /// <summary>Makes a check of the agent's tool calls against steps: <c>Validator.Trajectory(TrajectoryMatch.Superset, "search", "refund")</c>.</summary>
    /// <param name="match">Strict, unordered, subset or superset.</param>
    /// <param name="steps">The steps: <c>search</c>, or <c>search {"query":"refund"}</c>.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">A step names no tool or its arguments are not a JSON object.</exception>
    public static TrajectoryValidator Trajectory(TrajectoryMatch match, params IEnumerable<string> steps) => new(ExpectedTrajectory.Of(match, steps));

    /// <summary>Makes an LLM judge that scores the answer against a rubric: <c>Validator.Judge("Apologises and offers a refund")</c>.</summary>
    /// <param name="rubric">What a good answer does.</param>
    /// <param name="threshold">The lowest passing score, from 0 to 1.</param>
    /// <param name="chatClient">The judge; <see langword="null"/> to use the one registered with <c>builder.AddJudge</c>.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ValidatorConfigurationException">The rubric is empty or the threshold is outside 0 to 1.</exception>
    public static JudgeValidator Judge(string rubric, double threshold = JudgeValidator.DefaultThreshold, IChatClient? chatClient = null) =>
        new(rubric, threshold, chatClient);
}
