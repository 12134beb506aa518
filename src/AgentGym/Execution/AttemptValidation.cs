using AgentGym.Definitions;
using AgentGym.Validation;

namespace AgentGym.Execution;

/// <summary>
/// Applies a test's validators to one attempt, one after the other, and keeps what they said so far and which one is
/// running, so that an attempt whose validators overrun its timeout still reports every verdict made and names the
/// validator that did not finish.
/// </summary>
internal sealed class AttemptValidation
{
    private readonly List<ValidationResult> _results = [];
    private readonly Dictionary<int, List<ValidationResult>> _turnResults = [];
    private string? _running;

    /// <summary>Gets the verdicts made so far.</summary>
    public IReadOnlyList<ValidationResult> Results
    {
        get
        {
            lock (_results)
                return [.. _results];
        }
    }

    /// <summary>Gets the verdicts made so far on one turn of a conversation, named as the turn's validators are.</summary>
    /// <param name="turn">The turn's number (1-based).</param>
    /// <returns>The verdicts.</returns>
    public IReadOnlyList<ValidationResult> ResultsOf(int turn)
    {
        lock (_results)
            return _turnResults.TryGetValue(turn, out var results) ? [.. results] : [];
    }

    /// <summary>Gets the name of the validator running now, or <see langword="null"/>.</summary>
    public string? Running => Volatile.Read(ref _running);

    /// <summary>Runs the validators.</summary>
    /// <param name="test">The test, whose validators run.</param>
    /// <param name="context">The attempt as validators see it.</param>
    /// <param name="timeout">The attempt's timeout, for messages.</param>
    /// <param name="cancellationToken">The attempt's token: cancelled at its timeout or when the run is cancelled.</param>
    /// <returns>A task that completes when every validator has judged.</returns>
    public async Task RunAsync(AgentTestDefinition test, ValidationContext context, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Each turn's validators judge its answer with its own metrics, seeing the conversation up to that turn; their verdicts
        // are named after the turn, so that the test's list of verdicts says which turn failed.
        foreach (var turn in context.Conversation)
        {
            var validators = turn.Number <= test.Turns.Count ? test.Turns[turn.Number - 1].Validators : [];
            if (validators.Count == 0 || turn.Response is null)
                continue;
            var turnContext = new ValidationContext(turn.Response, turn.Metrics, turn.Request, context.TestName, context.Services)
            {
                TestId = context.TestId,
                Deadline = context.Deadline,
                Conversation = [.. context.Conversation.Take(turn.Number)],
            };
            await RunAsync(test, validators, turnContext, turn.Number, timeout, cancellationToken).ConfigureAwait(false);
        }

        await RunAsync(test, test.Validators, context, turn: null, timeout, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _running, null);
    }

    private async Task RunAsync(AgentTestDefinition test, IReadOnlyList<IValidator> validators, ValidationContext context, int? turn, TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var validator in validators)
        {
            // In a performance test the distribution validators judge all runs together, after the last one.
            if (test.Type == AgentTestType.Performance && validator is IDistributionValidator)
                continue;
            var name = SafeName(validator);
            Volatile.Write(ref _running, turn is null ? name : $"turn {turn}: {name}");
            ValidationResult result;
            try
            {
                result = await validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false)
                    ?? ValidationResult.Error(name, "the validator returned no verdict (null).");
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                result = ValidationResult.Error(name, OverranMessage(timeout));
            }
            catch (Exception ex)
            {
                result = ValidationResult.Error(name, $"the validator threw {ex.GetType().Name}: {ex.Message}{Environment.NewLine}{ex.StackTrace}");
            }

            lock (_results)
            {
                if (turn is { } number)
                {
                    (_turnResults.TryGetValue(number, out var own) ? own : _turnResults[number] = []).Add(result);
                    result = result with { Validator = $"turn {number}: {result.Validator}" };
                }

                _results.Add(result);
            }
        }
    }

    /// <summary>Says that a validator did not finish within the attempt's timeout.</summary>
    /// <param name="timeout">The attempt's timeout.</param>
    /// <returns>The message.</returns>
    public static string OverranMessage(TimeSpan timeout) =>
        FormattableString.Invariant($"the validator did not finish within the attempt's timeout of {timeout.TotalSeconds:0.###} s (agent and validators share it), so its verdict is unknown.");

    private static string SafeName(IValidator validator)
    {
        try
        {
            return validator.Name ?? validator.GetType().Name;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return validator.GetType().Name;
        }
    }
}
