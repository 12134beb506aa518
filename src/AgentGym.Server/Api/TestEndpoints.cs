using System.Text.Json;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using AgentGym.Server.Runs;

namespace AgentGym.Server.Api;

/// <summary>The test routes: create from a declarative test body, list, get, run, and the runs of one test.</summary>
internal static class TestEndpoints
{
    private const int HistoryLimit = 200;

    public static void Map(RouteGroupBuilder api)
    {
        var tests = api.MapGroup("/tests").WithTags("Tests");
        tests.MapPost("/", CreateAsync).WithName("CreateTest").WithSummary("Creates a test, or a new version of it, from a declarative test body (the fields of *.agenttest.json).")
            .Accepts<JsonElement>("application/json").Produces<TestView>(StatusCodes.Status201Created).Produces<TestView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        tests.MapGet("/", (TestCatalog catalog) => HttpResults.Ok(catalog.List())).WithName("ListTests")
            .WithSummary("Lists every test: given over the API, in the served project, and recorded by dotnet test.").Produces<IReadOnlyList<TestView>>();
        tests.MapGet("/{id}", (string id, TestCatalog catalog) => catalog.Find(id) is { } test ? HttpResults.Ok(test) : Problems.NotFound($"The test '{id}'"))
            .WithName("GetTest").WithSummary("Gets a test, with its definition when it was given over the API.").Produces<TestView>().ProducesProblem(StatusCodes.Status404NotFound);
        tests.MapPost("/{id}/run", RunAsync).WithName("RunTest").WithSummary("Queues a run of the test; answers 202 with the run's id and Location.")
            .Accepts<RunOptionsBody>("application/json").Produces<RunAccepted>(StatusCodes.Status202Accepted).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(AgentGymRoutes.RunRateLimitPolicy);
        tests.MapGet("/{id}/runs", Runs).WithName("ListTestRuns").WithSummary("Lists a test's runs: queued requests and recorded results, newest first.")
            .Produces<TestRunsView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, ServerStore store, ProjectTests project, TestCatalog catalog, AgentGymServerOptions options)
    {
        if (await RequestBody.ReadAsync(context, options).ConfigureAwait(false) is not { } body)
            return HttpResults.Empty;
        var errors = new BodyErrors();
        if (ApiTestReader.Read(body, errors) is not { } test)
            return Problems.BadBody(errors, "test");
        if (project.Find(test.Name) is not null)
            return Problems.Conflict($"The served project has a test with the id '{test.Name}'; give this test another name.");
        var (saved, created) = store.Definitions.SaveDefinition(DefinitionKinds.Test, test.Name, Views.Canonical(body));
        var view = catalog.Find(saved.Name)!;
        return Views.Saved(created, $"{AgentGymRoutes.ApiPrefix}/tests/{Uri.EscapeDataString(saved.Name)}", view);
    }

    private static async Task<IResult> RunAsync(string id, HttpContext context, ServerStore store, ProjectTests project, RunQueue queue, AgentGymServerOptions options)
    {
        if (await RequestBody.ReadAsync(context, options).ConfigureAwait(false) is not { } body)
            return HttpResults.Empty;
        var errors = new BodyErrors();
        var agent = RunOptionsReader.ReadAgent(body, errors);
        if (errors.Any)
            return Problems.BadBody(errors, "run request");
        int? version = null;
        if (store.Definitions.GetDefinition(DefinitionKinds.Test, id) is { } definition)
        {
            version = definition.Version;
        }
        else if (project.Find(id) is not null)
        {
            if (agent is not null)
            {
                errors.Add("agent", "applies to tests given over the API only; a project test names its agents itself.");
                return Problems.BadBody(errors, "run request");
            }
        }
        else
        {
            return store.Results.GetTestHistory(id, 1).Count > 0
                ? Problems.Conflict($"The test '{id}' is only recorded: serve its project (agentgym serve --project <test project>) to run it.")
                : Problems.NotFound($"The test '{id}'");
        }

        return RunOptionsReader.Accepted(queue.Enqueue(new RunRequest { Kind = RunKinds.Test, Target = id, DefinitionVersion = version, AgentName = agent }), options);
    }

    private static IResult Runs(string id, ServerStore store, TestCatalog catalog)
    {
        var results = store.Results.GetTestHistory(id, HistoryLimit).Where(r => r.TestId == id).ToList();
        var requests = store.Requests.ListRunRequests(RunKinds.Test, id, HistoryLimit).Select(r => Views.Of(r, null)).ToList();
        if (results.Count == 0 && requests.Count == 0 && catalog.Find(id) is null)
            return Problems.NotFound($"The test '{id}'");
        return HttpResults.Ok(new TestRunsView(id, requests, results));
    }
}
