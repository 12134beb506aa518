using System.Text.Json;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using AgentGym.Server.Runs;

namespace AgentGym.Server.Api;

/// <summary>The benchmark routes: create (a new version when it changes), list, get, run, and the runs of one benchmark.</summary>
internal static class BenchmarkEndpoints
{
    private const int HistoryLimit = 100;

    public static void Map(RouteGroupBuilder api)
    {
        var benchmarks = api.MapGroup("/benchmarks").WithTags("Benchmarks");
        benchmarks.MapPost("/", CreateAsync).WithName("CreateBenchmark")
            .WithSummary("Creates a benchmark, or a new version of it: type, agents, baseline, tasks with validation rules, iterations, warm-up, parallelism.")
            .Accepts<JsonElement>("application/json").Produces<BenchmarkView>(StatusCodes.Status201Created).Produces<BenchmarkView>().ProducesValidationProblem();
        benchmarks.MapGet("/", List).WithName("ListBenchmarks").WithSummary("Lists benchmarks given over the API and those recorded by agentgym bench and dotnet test.")
            .Produces<IReadOnlyList<BenchmarkView>>();
        benchmarks.MapGet("/{name}", Get).WithName("GetBenchmark").WithSummary("Gets a benchmark.").Produces<BenchmarkView>().ProducesProblem(StatusCodes.Status404NotFound);
        benchmarks.MapPost("/{name}/run", RunAsync).WithName("RunBenchmark").WithSummary("Queues a run of the benchmark; answers 202 with the run's id and Location.")
            .Produces<RunAccepted>(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable).RequireRateLimiting(AgentGymRoutes.RunRateLimitPolicy);
        benchmarks.MapGet("/{name}/runs", Runs).WithName("ListBenchmarkRuns").WithSummary("Lists a benchmark's runs: queued requests and recorded results, newest first.")
            .Produces<BenchmarkRunsView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ServerStore store, AgentGymServerOptions options)
    {
        var body = await RequestBody.ReadJsonAsync(context, options).ConfigureAwait(false);
        if (body.Problem is { } problem)
            return problem;
        var errors = new BodyErrors();
        if (BenchmarkBodyReader.Read(body.Root, errors) is not { } benchmark)
            return Problems.BadBody(errors, "benchmark");
        var (saved, created) = store.Definitions.SaveDefinition(DefinitionKinds.Benchmark, benchmark.Title, Views.Canonical(body.Root));
        var view = Find(saved.Name, store)!;
        return Views.Saved(created, $"{AgentGymRoutes.ApiPrefix}/benchmarks/{saved.Name}", view);
    }

    private static IResult List(ServerStore store)
    {
        var recorded = store.Catalog.ListBenchmarks(1000).ToDictionary(b => b.Name, StringComparer.Ordinal);
        var views = store.Definitions.ListDefinitions(DefinitionKinds.Benchmark)
            .Select(d => FromDefinition(d, recorded.GetValueOrDefault(d.Name), withBody: false)).ToList();
        views.AddRange(recorded.Values.Where(r => views.All(v => v.Name != r.Name)).Select(r => new BenchmarkView
        {
            Name = r.Name,
            Source = TestCatalog.RecordedSource,
            Runs = r.Runs,
            LastRunAt = r.LastSeenAt,
        }));
        return HttpResults.Ok(views.OrderByDescending(v => v.LastRunAt ?? DateTimeOffset.MaxValue).ThenBy(v => v.Name, StringComparer.Ordinal).ToList());
    }

    private static IResult Get(string name, ServerStore store) =>
        Find(name, store) is { } view ? HttpResults.Ok(view) : Problems.NotFound($"The benchmark '{name}'");

    private static async Task<IResult> RunAsync(string name, HttpContext context, ServerStore store, RunQueue queue, AgentGymServerOptions options)
    {
        if (await RequestBody.ReadAsync(context, options).ConfigureAwait(false) is not { } body)
            return HttpResults.Empty;
        var errors = new BodyErrors();
        if (RunOptionsReader.ReadAgent(body, errors) is not null)
            errors.Add("agent", "applies to tests only; a benchmark names its agents.");
        if (errors.Any)
            return Problems.BadBody(errors, "run request");
        if (store.Definitions.GetDefinition(DefinitionKinds.Benchmark, name) is not { } definition)
        {
            return store.Catalog.GetBenchmarkHistory(name, 1).Count > 0
                ? Problems.Conflict($"The benchmark '{name}' is only recorded: run its class with agentgym bench, or create it over the API.")
                : Problems.NotFound($"The benchmark '{name}'");
        }

        return RunOptionsReader.Accepted(queue.Enqueue(new RunRequest { Kind = RunKinds.Benchmark, Target = name, DefinitionVersion = definition.Version }), options);
    }

    private static IResult Runs(string name, ServerStore store)
    {
        var results = store.Catalog.GetBenchmarkHistory(name, HistoryLimit);
        var requests = store.Requests.ListRunRequests(RunKinds.Benchmark, name, HistoryLimit).Select(r => Views.Of(r, null)).ToList();
        if (results.Count == 0 && requests.Count == 0 && store.Definitions.GetDefinition(DefinitionKinds.Benchmark, name) is null)
            return Problems.NotFound($"The benchmark '{name}'");
        return HttpResults.Ok(new BenchmarkRunsView(name, requests, results));
    }

    private static BenchmarkView? Find(string name, ServerStore store)
    {
        var recorded = store.Catalog.GetBenchmarkHistory(name, 1).FirstOrDefault();
        var summary = recorded is null ? null : new StoredBenchmark(name, recorded.Record.CompletedAt, 0);
        if (store.Definitions.GetDefinition(DefinitionKinds.Benchmark, name) is { } definition)
            return FromDefinition(definition, summary, withBody: true);
        return summary is null ? null : new BenchmarkView { Name = name, Source = TestCatalog.RecordedSource, LastRunAt = summary.LastSeenAt };
    }

    private static BenchmarkView FromDefinition(StoredDefinition definition, StoredBenchmark? recorded, bool withBody) => new()
    {
        Name = definition.Name,
        Source = TestCatalog.ApiSource,
        Version = definition.Version,
        Runnable = true,
        Runs = recorded?.Runs ?? 0,
        LastRunAt = recorded?.LastSeenAt ?? definition.CreatedAt,
        Definition = withBody ? Views.Json(definition.BodyJson) : null,
    };
}
