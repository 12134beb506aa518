using System.Text;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
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
        // The agent, the body, the metric collectors and the validators share one deadline, kept by a clock of its own.
        using var deadline = AttemptClock.Start(timeout, attemptCts);
        var runCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var runCancellation = runToken.Register(static s => ((TaskCompletionSource)s!).TrySetResult(), runCancelled);
        var stop = Task.WhenAny(deadline.Passed, runCancelled.Task);
        using var scope = MetricsScope.Begin();
        var attemptAgent = new AttemptAgent(agent, scope);
        var context = new AgentTestContext(test, agentName, run, attempt, scope, output, attemptCts.Token) { Services = _services };
        var abandoned = new List<Task>(2);
        var conversation = test.IsConversation ? new ConversationRunner(test, scope) : null;

        AgentResponse? response = null;
        AgentTestStatus status;
        ErrorInfo? error = null;
        // The body starts on a thread of its own so that a blocking agent or body holds that thread, not the thread pool.
        // The attempt's duration is the body's own: from when it starts on its thread (it may have waited for one) to when it
        // ends, not to when this method gets to run again.
        var body = DedicatedThreads.Shared.Run(async () =>
        {
            scope.RestartClock();
            try
            {
                return await ExecuteBodyAsync(test, attemptAgent, context, conversation, attemptCts.Token).ConfigureAwait(false);
            }
            finally
            {
                scope.Stop();
            }
        });
        if (await Task.WhenAny(body, stop).ConfigureAwait(false) != body)
        {
            abandoned.Add(body);
            (status, error) = runToken.IsCancellationRequested ? Cancelled() : TimedOut(timeout);
        }
        else
        {
            try
            {
                response = await body.ConfigureAwait(false);
                status = AgentTestStatus.Passed;
            }
            catch (OperationCanceledException) when (runToken.IsCancellationRequested)
            {
                (status, error) = Cancelled();
            }
            catch (OperationCanceledException) when (attemptCts.IsCancellationRequested)
            {
                (status, error) = TimedOut(timeout);
            }
            catch (Exception ex) when (ReferenceEquals(ex, attemptAgent.AgentException) || ex is TestClassCreationException or UserSimulatorException || ex is AgentAssertException { Result.IsError: true })
            {
                (status, error) = (AgentTestStatus.Error, ErrorInfo.FromException(ex));
            }
            catch (Exception ex)
            {
                (status, error) = (AgentTestStatus.Failed, ErrorInfo.FromException(ex));
            }
        }

        scope.Stop();
        response ??= attemptAgent.Response;
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
                // Validators judge within what is left of the attempt's timeout, on a thread of their own: one that never
                // answers, blocks or ignores its token is abandoned at the deadline and named, and the run goes on.
                var validation = new AttemptValidation();
                var validationContext = new ValidationContext(response, metrics, turns.Count > 0 ? turns[^1].Request : test.Input, test.DisplayName, _services)
                {
                    TestId = test.Id,
                    AgentName = agentName,
                    Deadline = DateTimeOffset.UtcNow + deadline.Remaining,
                    Conversation = turns,
                };
                var validating = DedicatedThreads.Shared.Run(async () =>
                {
                    await validation.RunAsync(test, validationContext, timeout, attemptCts.Token).ConfigureAwait(false);
                    return true;
                });
                var finished = await Task.WhenAny(validating, stop).ConfigureAwait(false) == validating;
                validations = validation.Results;
                turns = [.. turns.Select(t => t with { Validations = validation.ResultsOf(t.Number) })];
                if (!finished)
                {
                    abandoned.Add(validating);
                    if (validation.Running is { } running)
                        validations = [.. validations, ValidationResult.Error(running, AttemptValidation.OverranMessage(timeout))];
                }

                (status, error) = Judge(status, error, validations, runToken.IsCancellationRequested);
            }
        }

        Release(attemptCts, abandoned);
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

    // A validator that could not judge makes the attempt an error (nothing was checked); one that said no, a failure.
    private static (AgentTestStatus, ErrorInfo?) Judge(AgentTestStatus status, ErrorInfo? error, IReadOnlyList<ValidationResult> validations, bool runCancelled)
    {
        if (runCancelled && validations.Any(v => v.IsError))
            return Cancelled();
        var errored = validations.Where(v => v.IsError).ToList();
        if (errored.Count > 0)
        {
            var names = string.Join(", ", errored.Select(v => v.Validator));
            return (AgentTestStatus.Error, new ErrorInfo("ValidatorError",
                $"{(errored.Count == 1 ? "The validator" : "The validators")} {names} could not judge the answer:{Environment.NewLine}" +
                string.Join(Environment.NewLine, errored.Select(v => $"{v.Validator}: {v.Message}"))));
        }

        var failed = validations.Where(v => !v.Passed).ToList();
        if (failed.Count > 0 && status == AgentTestStatus.Passed)
            return (AgentTestStatus.Failed, new ErrorInfo("ValidationFailed", string.Join(Environment.NewLine, failed.Select(f => $"{f.Validator}: {f.Message}"))));
        return (status, error);
    }

    // Abandoned work (timed out or cancelled) may still be waiting on the attempt's token: cancel it, since the run token's
    // cancellation may not have reached it yet, and keep the source until the work ends.
    private static void Release(CancellationTokenSource attemptCts, List<Task> abandoned)
    {
        if (abandoned.Count == 0)
        {
            attemptCts.Dispose();
            return;
        }

        _ = attemptCts.CancelAsync();
        _ = Task.WhenAll(abandoned).ContinueWith(
            t =>
            {
                _ = t.Exception;
                attemptCts.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.None,
            TaskScheduler.Default);
    }

    private static (AgentTestStatus, ErrorInfo) Cancelled() =>
        (AgentTestStatus.Cancelled, new ErrorInfo("Cancelled", "The run was cancelled while this test was running."));

    private static (AgentTestStatus, ErrorInfo) TimedOut(TimeSpan timeout) =>
        (AgentTestStatus.Timeout, new ErrorInfo("Timeout", $"The attempt did not finish within its timeout of {timeout.TotalSeconds:0.###} s."));

    private async Task<AgentResponse?> ExecuteBodyAsync(
        AgentTestDefinition test, AttemptAgent agent, AgentTestContext context, ConversationRunner? conversation, CancellationToken cancellationToken)
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

        return response ?? agent.Response;
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
}
