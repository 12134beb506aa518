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
        foreach (var validator in test.Validators)
        {
            // In a performance test the distribution validators judge all runs together, after the last one.
            if (test.Type == AgentTestType.Performance && validator is IDistributionValidator)
                continue;
            var name = SafeName(validator);
            Volatile.Write(ref _running, name);
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
                _results.Add(result);
        }

        Volatile.Write(ref _running, null);
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
