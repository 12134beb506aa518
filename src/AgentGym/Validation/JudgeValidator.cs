using System.Globalization;
using AgentGym.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Validation;

/// <summary>
/// Asks a judge model (any <see cref="IChatClient"/>) to score the agent's answer against a rubric from 0 to 1, and passes
/// when the score reaches the threshold. The judge's reasoning is in the verdict's message, pass or fail. The judge's
/// calls are not counted in the agent's metrics.
/// </summary>
/// <remarks>
/// Without a chat client of its own, the validator takes the judge registered in the startup class with
/// <c>builder.AddJudge(chatClient)</c> (the keyed service <see cref="ChatClientKey"/>) from <see cref="ValidationContext.Services"/>,
/// so that wrappers such as record/replay can be put around it there.
/// </remarks>
public sealed class JudgeValidator : IValidator
{
    /// <summary>The service key of the judge chat client in the test services.</summary>
    public const string ChatClientKey = "AgentGym.Judge";

    /// <summary>The threshold used when none is given.</summary>
    public const double DefaultThreshold = 0.7;

    private readonly IChatClient? _chatClient;

    /// <summary>Creates the validator.</summary>
    /// <param name="rubric">What a good answer does, in words the judge model reads.</param>
    /// <param name="threshold">The lowest passing score, from 0 to 1.</param>
    /// <param name="chatClient">The judge; <see langword="null"/> to use the one registered with <c>AddJudge</c>.</param>
    /// <exception cref="ValidatorConfigurationException">The rubric is empty or the threshold is outside 0 to 1.</exception>
    public JudgeValidator(string rubric, double threshold = DefaultThreshold, IChatClient? chatClient = null)
    {
        if (string.IsNullOrWhiteSpace(rubric))
            throw new ValidatorConfigurationException("The rubric is empty: say what a good answer does.");
        if (double.IsNaN(threshold) || threshold < 0 || threshold > 1)
            throw new ValidatorConfigurationException(string.Create(CultureInfo.InvariantCulture, $"Threshold is {threshold}; it must be from 0 to 1."));
        Rubric = rubric;
        Threshold = threshold;
        _chatClient = chatClient;
        Name = ValidatorNames.Format("JudgedBy", [rubric], ("Threshold", threshold));
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets what a good answer does.</summary>
    public string Rubric { get; }

    /// <summary>Gets the lowest passing score.</summary>
    public double Threshold { get; }

    /// <inheritdoc />
    public async ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var judge = _chatClient ?? context.Services?.GetKeyedService<IChatClient>(ChatClientKey);
        if (judge is null)
        {
            return ValidationResult.Error(Name,
                "no judge chat client is registered: call builder.AddJudge(chatClient) in the AgentGym startup class, or give the validator a chat client.");
        }

        ChatResponse reply;
        try
        {
            // The judge's calls are the gym's, not the agent's: no metrics scope while they run.
            using (MetricsScope.Suspend())
                reply = await judge.GetResponseAsync(JudgePrompt.For(Rubric, context), Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ValidationResult.Error(Name, $"the judge call failed with {ex.GetType().Name}: {ex.Message}");
        }

        if (!JudgeVerdict.TryParse(reply.Text, out var verdict, out var problem))
        {
            return ValidationResult.Error(Name,
                $"the judge's reply is not a JSON verdict {{\"score\": 0..1, \"reasoning\": \"...\"}}: {problem}. The reply: {QuotedText.Of(reply.Text)}");
        }

        var score = verdict!.Score.ToString("0.###", CultureInfo.InvariantCulture);
        var threshold = Threshold.ToString("0.###", CultureInfo.InvariantCulture);
        return verdict.Score >= Threshold
            ? ValidationResult.Pass(Name, $"score {score} ≥ threshold {threshold}. The judge's reasoning: {verdict.Reasoning}")
            : ValidationResult.Fail(Name, $"score {score} is below the threshold {threshold}. The judge's reasoning: {verdict.Reasoning}");
    }

    private static ChatOptions Options => new() { Temperature = 0, ResponseFormat = ChatResponseFormat.Json };
}
