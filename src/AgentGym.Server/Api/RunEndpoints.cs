using AgentGym.Server.Catalog;
using AgentGym.Server.Runs;

namespace AgentGym.Server.Api;

/// <summary>The run routes: recent runs, one run's status and results, and cancelling a run.</summary>
internal static class RunEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/runs").WithTags("Runs");
        runs.MapGet("/", List).WithName("ListRuns").WithSummary("Lists recent runs of every front end, newest first, with the status of those requested over the API.")
            .Produces<IReadOnlyList<RunView>>();
        runs.MapGet("/{runId:long}", Get).WithName("GetRun").WithSummary("Gets a run's status and results.")
            .Produces<RunDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapPost("/{runId:long}/cancel", Cancel).WithName("CancelRun").WithSummary("Cancels a queued or running run.")
            .Produces<RunView>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult List(ServerStore store, int? limit)
    {
        var count = Math.Clamp(limit ?? 50, 1, 500);
        var requests = store.Requests.ListRunRequests(null, null, count).ToDictionary(r => r.RunId);
        var runs = store.Results.ListRuns(new RunQuery { Limit = count });
        return HttpResults.Ok(runs.Select(run => requests.TryGetValue(run.Id, out var request) ? Views.Of(request, run) : Views.Of(run)).ToList());
    }

    private static IResult Get(long runId, ServerStore store)
    {
        var request = store.Requests.GetRunRequest(runId);
        var run = store.Results.GetRun(runId);
        if (request is null && run is null)
            return Problems.NotFound($"The run {runId}");
        var view = request is null ? Views.Of(run!) : Views.Of(request, run);
        return HttpResults.Ok(new RunDetail(view, store.Results.GetTestRuns(runId), store.Results.GetBenchmarkRuns(runId)));
    }

    private static IResult Cancel(long runId, ServerStore store, RunWorker? worker)
    {
        var request = store.Requests.GetRunRequest(runId);
        if (request is null)
        {
            return store.Results.GetRun(runId) is null
                ? Problems.NotFound($"The run {runId}")
                : Problems.Conflict($"The run {runId} was recorded by another front end; only runs requested over the API can be cancelled.");
        }

        if (RunRequestStatus.IsFinal(request.Status))
            return Problems.Conflict($"The run {runId} has ended ({request.Status}).");
        var after = store.Requests.CancelRunRequest(runId, DateTimeOffset.UtcNow)!;
        worker?.TryCancel(runId);
        return HttpResults.Accepted(null as string, Views.Of(after, null));
    }
}
