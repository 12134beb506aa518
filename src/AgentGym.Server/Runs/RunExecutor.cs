using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Benchmarks.Results;
using AgentGym.Benchmarks.Running;
using AgentGym.Server.Api;
using AgentGym.Server.Catalog;

namespace AgentGym.Server.Runs;

/// <summary>
/// Runs one claimed request and records it into the run the request was queued with: a test through the run session of its
/// agent (as every front end runs tests), a benchmark through <see cref="AgentBenchmarkRunner"/>. Whatever happens, the request ends.
/// </summary>
internal sealed class RunExecutor(ServerStore store, ProjectTests project, AgentSessions sessions)
{
    public const string ServerStopped = "The server stopped before the run ended.";

    /// <summary>Runs a request and records its end.</summary>
    /// <param name="request">The claimed request.</param>
    /// <param name="cancellationToken">Cancelled by a user's cancel or by the server stopping.</param>
    /// <param name="stopping">Cancelled when the server stops: then the run ends as an error, not as cancelled.</param>
    public async Task ExecuteAsync(RunRequest request, CancellationToken cancellationToken, CancellationToken stopping)
    {
        string status;
        string? result = null;
        string? error;
        try
        {
            (status, result, error) = request.Kind == RunKinds.Benchmark
                ? await RunBenchmarkAsync(request, cancellationToken).ConfigureAwait(false)
                : await RunTestAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            (status, error) = ex is OperationCanceledException && cancellationToken.IsCancellationRequested
                ? (RunRequestStatus.Cancelled, "Cancelled while it ran.")
                : (RunRequestStatus.Error, $"{ex.GetType().Name}: {ex.Message}");
        }

        if (stopping.IsCancellationRequested && status == RunRequestStatus.Cancelled)
            (status, error) = (RunRequestStatus.Error, ServerStopped);
        store.Requests.CompleteRunRequest(request.RunId, status, result, error, DateTimeOffset.UtcNow);
    }

    private async Task<(string Status, string? Result, string? Error)> RunTestAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var errors = new BodyErrors();
        IReadOnlyList<RunItem>? cases;
        if (request.DefinitionVersion is { } version)
        {
            var stored = store.Definitions.GetDefinition(DefinitionKinds.Test, request.Target, version);
            cases = stored is null ? null : ApiTestReader.Read(stored.BodyJson, errors, agentOverride: request.AgentName)?.Cases.Select(RunItem.ForTest).ToList();
        }
        else
        {
            cases = project.Find(request.Target) is { } test ? [test] : null;
        }

        if (cases is null)
        {
            var why = errors.Any ? string.Join(" ", errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) : "it is not known to this server";
            return (RunRequestStatus.Error, null, $"The test '{request.Target}' cannot run: {why}.");
        }

        // The session records into the run the request was queued with, and regression tests read their baselines from it.
        var session = sessions.For(request.AgentName ?? cases[0].Test!.AgentName);
        var runs = await session.RunTestsAsync(cases, store.Results, request.RunId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var overall = Outcomes.Overall(runs.Select(r => r.Status));
        return (RunRequestStatus.Of(overall), null, runs.FirstOrDefault(r => r.Status == overall)?.Error?.Message ?? runs.FirstOrDefault()?.SkipReason);
    }

    private async Task<(string Status, string? Result, string? Error)> RunBenchmarkAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var stored = store.Definitions.GetDefinition(DefinitionKinds.Benchmark, request.Target, request.DefinitionVersion);
        if (stored is null)
            return (RunRequestStatus.Error, null, $"The benchmark '{request.Target}' version {request.DefinitionVersion} is not known to this server.");
        var errors = new BodyErrors();
        using var document = JsonDocument.Parse(stored.BodyJson);
        var definition = BenchmarkBodyReader.Read(document.RootElement, errors);
        if (definition is null)
            return (RunRequestStatus.Error, null, $"The stored benchmark '{request.Target}' is not valid.");

        var agents = new Dictionary<string, IAgent>(StringComparer.Ordinal);
        foreach (var name in definition.Agents)
        {
            var registry = sessions.For(name).Runtime.Agents;
            if (registry is null)
                return (RunRequestStatus.Error, null, $"Agent '{name}' cannot be made: the test project's startup class failed.");
            try
            {
                agents[name] = registry.Get(name);
            }
            catch (InvalidOperationException ex)
            {
                return (RunRequestStatus.Error, null, ex.Message);
            }
        }

        var run = await AgentBenchmarkRunner.RunAsync(definition, sessions.For(null).Runtime, agents, cancellationToken: cancellationToken).ConfigureAwait(false);
        store.Results.RecordBenchmarkRun(request.RunId, BenchmarkRunRecords.From(run));
        var status = run.WasCancelled && cancellationToken.IsCancellationRequested ? RunRequestStatus.Cancelled
            : run.Iterations.Count > 0 && run.Iterations.All(i => i.Succeeded) && !run.WasCancelled ? "passed" : "failed";
        return (status, Summary(run), null);
    }

    private static string Summary(AgentBenchmarkRun run) => JsonSerializer.Serialize(new
    {
        iterations = run.Iterations.Count,
        planned = run.PlannedIterations,
        succeeded = run.Iterations.Count(i => i.Succeeded),
        ranking = run.Ranking,
    });
}
