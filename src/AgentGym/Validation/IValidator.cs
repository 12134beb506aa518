namespace AgentGym.Validation;

/// <summary>Decides whether one agent response is good enough. Implement it for custom checks and attach it with <c>[ValidateWith(typeof(...))]</c>.</summary>
public interface IValidator
{
    /// <summary>Gets the validator's name as shown in results, such as <c>MatchesRegex("refund")</c>.</summary>
    string Name { get; }

    /// <summary>Checks the response.</summary>
    /// <param name="context">The response, the metrics and the request of the attempt.</param>
    /// <param name="cancellationToken">Cancelled when the test times out or the run is cancelled.</param>
    /// <returns>The verdict, with a message that says what was expected and what came.</returns>
    ValueTask<ValidationResult> ValidateAsync(ValidationContext context, CancellationToken cancellationToken = default);
}
