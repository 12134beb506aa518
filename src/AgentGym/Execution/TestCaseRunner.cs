using System.Globalization;
using System.Text;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Discovery;
using AgentGym.Hosting;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Execution;

/// <summary>
/// Runs one test case to its result: checks that it can run (declaration, agent, tools, services), makes its runs
/// with their retries (all at once for a stress test), judges a performance test's distribution, and decides the status.
/// </summary>
internal sealed class TestCaseRunner
{
    private readonly AgentGymRuntime _runtime;

    public TestCaseRunner(AgentGymRuntime runtime) => _runtime = runtime;

    public async Task<AgentTestRun> RunAsync(AgentTestDefinition test, CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var output = new StringBuilder();
        var run = new AgentTestRun { Test = test, AgentName = test.AgentName, StartedAt = startedAt, CompletedAt = startedAt };

        if (test.DefinitionError is { } definitionError)
            return Finish(run, AgentTestStatus.Error, new ErrorInfo("InvalidTest", definitionError));
        // A definition made in code (or by a front end) bypasses discovery's checks of its conversation.
        if (ConversationRules.DefinitionProblem(test) is { } conversationProblem)
            return Finish(run, AgentTestStatus.Error, new ErrorInfo("InvalidTest", $"{test.DisplayName}: {conversationProblem}"));
        if (test.SkipReason is { } skip)
            return Finish(run with { SkipReason = skip }, AgentTestStatus.Skipped);
        if (_runtime.StartupError is { } startupError || _runtime.Agents is null || _runtime.Services is null)
            return Finish(run, AgentTestStatus.Error, _runtime.StartupFailure ?? new ErrorInfo("StartupFailed", _runtime.StartupError ?? "The AgentGym runtime has no services."));

        IAgent agent;
        string agentName;
        try
        {
            agentName = test.AgentName ?? _runtime.Agents.Names.FirstOrDefault() ?? string.Empty;
            agent = _runtime.Agents.Get(test.AgentName);
        }
        catch (AgentCreationException ex)
        {
            return Finish(run, AgentTestStatus.Error, new ErrorInfo("AgentCreationFailed", ex.Message, ex.InnerException?.ToString() ?? ex.StackTrace));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return Finish(run, AgentTestStatus.Error, new ErrorInfo("UnknownAgent", ex.Message));
        }

        run = run with { AgentName = agentName };
        if (MissingRequirement(test, agent, agentName, _runtime.Services) is { } missing)
            return Finish(run with { SkipReason = missing }, AgentTestStatus.Skipped);

        var attempts = await RunAllAsync(test, agent, agentName, output, cancellationToken).ConfigureAwait(false);
        return Decide(run with { Output = output.ToString() }, attempts);
    }

    private async Task<List<AgentTestAttempt>> RunAllAsync(AgentTestDefinition test, IAgent agent, string agentName, StringBuilder output, CancellationToken cancellationToken)
    {
        var attemptRunner = new AttemptRunner(_runtime, _runtime.Services!);
        var runs = test.EffectiveRuns;
        if (test.Type == AgentTestType.Stress)
        {
            var simultaneous = Enumerable.Range(1, runs)
                .Select(r => Task.Run(() => RunWithRetriesAsync(attemptRunner, test, agent, agentName, r, output, cancellationToken), CancellationToken.None));
            return [.. (await Task.WhenAll(simultaneous).ConfigureAwait(false)).SelectMany(a => a)];
        }

        var attempts = new List<AgentTestAttempt>();
        for (var r = 1; r <= runs && !cancellationToken.IsCancellationRequested; r++)
            attempts.AddRange(await RunWithRetriesAsync(attemptRunner, test, agent, agentName, r, output, cancellationToken).ConfigureAwait(false));
        return attempts;
    }

    private static async Task<List<AgentTestAttempt>> RunWithRetriesAsync(
        AttemptRunner attemptRunner, AgentTestDefinition test, IAgent agent, string agentName, int run, StringBuilder output, CancellationToken cancellationToken)
    {
        var attempts = new List<AgentTestAttempt>();
        for (var attempt = 1; attempt <= test.Retries + 1; attempt++)
        {
            var result = await attemptRunner.RunAsync(test, agent, agentName, run, attempt, output, cancellationToken).ConfigureAwait(false);
            attempts.Add(result);
            if (result.Status is AgentTestStatus.Passed or AgentTestStatus.Cancelled || cancellationToken.IsCancellationRequested)
                break;
        }

        return attempts;
    }

    private static string? MissingRequirement(AgentTestDefinition test, IAgent agent, string agentName, IServiceProvider services)
    {
        if (test.RequiredTools.Count > 0)
        {
            if (!DeclaresTools(agent))
                return $"Agent '{agentName}' does not say which tools it offers (implement IToolUsingAgent), so the required tools {string.Join(", ", test.RequiredTools)} cannot be checked.";
            var offered = ((IToolUsingAgent)agent).ToolNames;
            var missingTools = test.RequiredTools.Where(t => !offered.Contains(t, StringComparer.Ordinal)).ToList();
            if (missingTools.Count > 0)
                return $"Agent '{agentName}' does not offer the required tool(s) {string.Join(", ", missingTools)}; it offers: {(offered.Count == 0 ? "none" : string.Join(", ", offered))}.";
        }

        if (test.RequiredServices.Count == 0)
            return null;
        var isService = services.GetService<IServiceProviderIsService>();
        var missingServices = test.RequiredServices.Where(t => isService?.IsService(t) != true).ToList();
        return missingServices.Count > 0
            ? $"Required service(s) not registered: {string.Join(", ", missingServices.Select(t => t.FullName))}. Register them in the startup class's builder.Services to run this test."
            : null;
    }

    private static bool DeclaresTools(IAgent agent) => agent switch
    {
        DelegatingAgent delegating => delegating.DeclaresTools,
        IToolUsingAgent => true,
        _ => false,
    };

    private static AgentTestRun Decide(AgentTestRun run, List<AgentTestAttempt> attempts)
    {
        if (attempts.Count == 0)
            return Finish(run, AgentTestStatus.Cancelled, new ErrorInfo("Cancelled", "The run was cancelled before this test made an attempt."));

        var last = attempts[^1];
        // The last attempt of each run; most tests make one attempt, which needs no grouping.
        var finalAttempts = attempts.Count == 1 ? attempts : attempts.GroupBy(a => a.Run).Select(g => g.Last()).ToList();
        var test = run.Test;
        var passedRuns = finalAttempts.Count(a => a.Status == AgentTestStatus.Passed);
        var summary = new RepeatedRunSummary(finalAttempts.Count, passedRuns, attempts.Count, test.PassThreshold)
        {
            IsUnstable = attempts.Any(a => a.Status == AgentTestStatus.Passed) && attempts.Any(a => a.Status != AgentTestStatus.Passed),
        };
        var validations = last.Validations.ToList();
        run = run with
        {
            Attempts = attempts,
            Metrics = last.Metrics,
            Summary = attempts.Count > 1 ? summary : null,
        };

        if (attempts.Any(a => a.Status == AgentTestStatus.Cancelled))
            return Finish(run with { Validations = validations }, AgentTestStatus.Cancelled, attempts.First(a => a.Status == AgentTestStatus.Cancelled).Error);

        if (finalAttempts.Count == 1 && test.Type != AgentTestType.Performance)
            return Finish(run with { Validations = validations }, last.Status, last.Error);

        if (test.Type == AgentTestType.Performance)
        {
            var measured = finalAttempts.Where(a => a.Status is AgentTestStatus.Passed or AgentTestStatus.Failed).Select(a => a.Metrics).ToList();
            var distribution = test.Validators.OfType<IDistributionValidator>().Select(v => v.ValidateDistribution(measured)).ToList();
            validations.AddRange(distribution);
            if (distribution.FirstOrDefault(v => !v.Passed) is { } failedBudget)
                return Finish(run with { Validations = validations }, AgentTestStatus.Failed, new ErrorInfo("BudgetExceeded", $"{failedBudget.Validator}: {failedBudget.Message}"));
        }

        run = run with { Validations = validations };
        if (summary.MetThreshold)
            return Finish(run, AgentTestStatus.Passed);

        var failing = finalAttempts.Where(a => a.Status != AgentTestStatus.Passed).ToList();
        var status = passedRuns == 0 && failing.Select(a => a.Status).Distinct().Count() == 1 && failing[0].Status is AgentTestStatus.Timeout or AgentTestStatus.Error
            ? failing[0].Status
            : AgentTestStatus.Failed;
        var firstFailure = failing[0].Error?.Message ?? "no error message";
        return Finish(run, status, new ErrorInfo("PassThresholdNotMet", string.Create(CultureInfo.InvariantCulture,
            $"{passedRuns} of {finalAttempts.Count} runs passed ({summary.PassRate * 100:0.#}%); the test needs {test.PassThreshold * 100:0.#}%. First failure (run {failing[0].Run}): {firstFailure}")));
    }

    private static AgentTestRun Finish(AgentTestRun run, AgentTestStatus status, ErrorInfo? error = null) =>
        run with { Status = status, Error = error, CompletedAt = DateTimeOffset.UtcNow };
}
