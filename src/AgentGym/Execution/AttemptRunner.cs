using System.Text;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Hosting;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Validation;

namespace AgentGym.Execution;

/// <summary>
/// Runs one attempt of a test: opens a metrics scope, calls the agent and the test body under the timeout, collects
/// metrics and applies every validator.
/// </summary>
internal sealed class AttemptRunner
{
    private readonly AgentGymRuntime _runtime;
    private readonly IServiceProvider _services;

    public AttemptRunner(AgentGymRuntime runtime, IServiceProvider services)
    {
        _runtime = runtime;
        _services = services;
    }

    public async Task<AgentTestAttempt> RunAsync(
        AgentTestDefinition test, IAgent agent, string agentName, int run, int attempt, StringBuilder output, CancellationToken runToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var timeout = test.Timeout ?? _runtime.Options.DefaultTimeout;
        var attemptCts = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        attemptCts.CancelAfter(timeout);
        using var scope = MetricsScope.Begin();
        var recorder = new ResponseRecordingAgent(agent, scope);
        var context = new AgentTestContext(test, agentName, run, attempt, scope, output, attemptCts.Token) { Services = _services };
        var conversation = test.IsConversation ? new ConversationRunner(test, scope) : null;

        AgentResponse? response = null;
        AgentTestStatus status;
        ErrorInfo? error = null;
        // The body runs on the thread pool so that a blocking body cannot hold the timeout back. The wait ends with the
        // attempt's token (its timeout, or the run's cancellation), not with a timer of its own: a second timer could fire
        // first, and the token's timer, disposed with the source, would then never tell the agent.
        var body = Task.Run(() => ExecuteBodyAsync(test, recorder, context, conversation, attemptCts.Token), CancellationToken.None);
        try
        {
            response = await body.WaitAsync(attemptCts.Token).ConfigureAwait(false);
            status = AgentTestStatus.Passed;
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            (status, error) = (AgentTestStatus.Cancelled, new ErrorInfo("Cancelled", "The run was cancelled while this test was running."));
        }
        catch (OperationCanceledException) when (attemptCts.IsCancellationRequested)
        {
            (status, error) = TimedOut(timeout);
        }
        catch (Exception ex) when (ReferenceEquals(ex, recorder.AgentException) || ex is TestClassCreationException or UserSimulatorException)
        {
            (status, error) = (AgentTestStatus.Error, ErrorInfo.FromException(ex));
        }
        catch (Exception ex)
        {
            (status, error) = (AgentTestStatus.Failed, ErrorInfo.FromException(ex));
        }

        if (body.IsCompleted)
        {
            attemptCts.Dispose();
        }
        else
        {
            // The body is abandoned (timed out or cancelled) but may still be waiting on its token: cancel the token
            // ourselves, since the run token's cancellation may not have reached it yet, and keep the source until the body ends.
            _ = attemptCts.CancelAsync();
            _ = body.ContinueWith(
                t =>
                {
                    _ = t.Exception;
                    attemptCts.Dispose();
                },
                CancellationToken.None,
                TaskContinuationOptions.None,
                TaskScheduler.Default);
        }

        scope.Stop();
        response ??= recorder.LastResponse;
        var (metrics, collectorError) = CollectMetrics(test, agentName, scope.Snapshot(), response);
        if (collectorError is not null && status == AgentTestStatus.Passed)
            (status, error) = (AgentTestStatus.Error, collectorError);
        var validations = Array.Empty<ValidationResult>() as IReadOnlyList<ValidationResult>;
        var turns = conversation?.Turns ?? [];
        if (status is AgentTestStatus.Passed or AgentTestStatus.Failed && (test.Validators.Count > 0 || test.Turns.Any(t => t.Validators.Count > 0)))
        {
            if (response is null)
            {
                if (status == AgentTestStatus.Passed)
                {
                    status = AgentTestStatus.Failed;
                    error = new ErrorInfo("NoResponse",
                        "The test has validators but no response to check: give it an [Input], return the AgentResponse from the method, or call the injected IAgent.");
                }
            }
            else
            {
                // Validators judge a finished attempt: they get the run's token, not what is left of the attempt's timeout.
                var turnValidations = new List<ValidationResult>();
                if (turns.Count > 0)
                    (turns, turnValidations) = await ValidateTurnsAsync(test, turns, runToken).ConfigureAwait(false);
                var request = turns.Count > 0 ? turns[^1].Request : test.Input;
                validations = [.. turnValidations, .. await ValidateAsync(test, test.Validators, ValidationContextFor(test, response, metrics, request, turns), runToken).ConfigureAwait(false)];
                var failed = validations.Where(v => !v.Passed).ToList();
                if (failed.Count > 0 && status == AgentTestStatus.Passed)
                {
                    status = AgentTestStatus.Failed;
                    error = new ErrorInfo("ValidationFailed", string.Join(Environment.NewLine, failed.Select(f => $"{f.Validator}: {f.Message}")));
                }
            }
        }

        return new AgentTestAttempt
        {
            Run = run,
            Attempt = attempt,
            Status = status,
            Metrics = metrics,
            Validations = validations,
            Error = error,
            Response = response,
            Conversation = turns,
            ConversationEnd = conversation?.End,
            StartedAt = startedAt,
            CompletedAt = DateTimeOffset.UtcNow,
        };
    }

    private static (AgentTestStatus, ErrorInfo) TimedOut(TimeSpan timeout) =>
        (AgentTestStatus.Timeout, new ErrorInfo("Timeout", $"The attempt did not finish within its timeout of {timeout.TotalSeconds:0.###} s."));

    private async Task<AgentResponse?> ExecuteBodyAsync(
        AgentTestDefinition test, ResponseRecordingAgent agent, AgentTestContext context, ConversationRunner? conversation, CancellationToken cancellationToken)
    {
        AgentTestContext.SetCurrent(context);
        AgentResponse? response = null;
        var request = test.Input;
        if (conversation is not null)
        {
            response = await conversation.RunAsync(agent, _services, cancellationToken).ConfigureAwait(false);
            request = conversation.LastRequest;
        }
        else if (request is not null)
        {
            response = await agent.RunAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (test.Body is { } testBody)
        {
            var returned = await testBody.InvokeAsync(new AgentTestBodyContext(agent, request, response, context, _services, cancellationToken)).ConfigureAwait(false);
            response = returned ?? response;
        }

        return response ?? agent.LastResponse;
    }

    private (AgentMetrics Metrics, ErrorInfo? Error) CollectMetrics(AgentTestDefinition test, string agentName, AgentMetrics metrics, AgentResponse? response)
    {
        var collectors = _runtime.MetricCollectors;
        if (collectors.Count == 0)
            return (metrics, null);
        var context = new MetricCollectionContext(test.DisplayName, agentName, metrics, response);
        foreach (var collector in collectors)
        {
            try
            {
                collector.Collect(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (context.ToMetrics(), new ErrorInfo("MetricCollectorFailed", $"Metric collector {collector.GetType().FullName} threw {ex.GetType().Name}: {ex.Message}", ex.StackTrace));
            }
        }

        return (context.ToMetrics(), null);
    }

    private ValidationContext ValidationContextFor(AgentTestDefinition test, AgentResponse response, AgentMetrics metrics, AgentRequest? request, IReadOnlyList<ConversationTurn> turns) =>
        new(response, metrics, request, test.DisplayName, _services) { TestId = test.Id, Conversation = turns };

    // Each turn's validators judge its answer with its own metrics, seeing the conversation up to that turn; their verdicts
    // are named after the turn, so that the test's list of verdicts says which turn failed.
    private async Task<(IReadOnlyList<ConversationTurn> Turns, List<ValidationResult> Validations)> ValidateTurnsAsync(
        AgentTestDefinition test, IReadOnlyList<ConversationTurn> turns, CancellationToken cancellationToken)
    {
        var judged = new List<ConversationTurn>(turns.Count);
        var all = new List<ValidationResult>();
        foreach (var turn in turns)
        {
            var validators = turn.Number <= test.Turns.Count ? test.Turns[turn.Number - 1].Validators : [];
            if (validators.Count == 0 || turn.Response is null)
            {
                judged.Add(turn);
                continue;
            }

            var context = ValidationContextFor(test, turn.Response, turn.Metrics, turn.Request, [.. turns.Take(turn.Number)]);
            var results = await ValidateAsync(test, validators, context, cancellationToken).ConfigureAwait(false);
            judged.Add(turn with { Validations = results });
            all.AddRange(results.Select(r => r with { Validator = $"turn {turn.Number}: {r.Validator}" }));
        }

        return (judged, all);
    }

    private async Task<IReadOnlyList<ValidationResult>> ValidateAsync(AgentTestDefinition test, IReadOnlyList<IValidator> validators, ValidationContext context, CancellationToken cancellationToken)
    {
        var results = new List<ValidationResult>(validators.Count);
        foreach (var validator in validators)
        {
            // In a performance test the distribution validators judge all runs together, after the last one.
            if (test.Type == AgentTestType.Performance && validator is IDistributionValidator)
                continue;
            try
            {
                results.Add(await validator.ValidateAsync(context, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                results.Add(ValidationResult.Fail(validator.Name, $"The validator threw {ex.GetType().Name}: {ex.Message}"));
            }
            catch (OperationCanceledException)
            {
                results.Add(ValidationResult.Fail(validator.Name, "The validator was cancelled (timeout or run cancelled)."));
            }
        }

        return results;
    }
}
