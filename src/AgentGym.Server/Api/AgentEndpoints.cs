using System.Text.Json;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using AgentGym.Server.Runs;

namespace AgentGym.Server.Api;

/// <summary>
/// The agent routes: register an HTTP or OpenAI-compatible agent (a new version when it changes) and list agents. Registering
/// or changing an agent starts the tests and benchmarks marked to run on agent changes, and the answer links to those runs.
/// </summary>
internal static class AgentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var agents = api.MapGroup("/agents").WithTags("Agents");
        agents.MapPost("/", RegisterAsync).WithName("RegisterAgent")
            .WithSummary("Registers an agent (name -> HTTP or OpenAI-compatible endpoint, model, header references), or a new version of it.")
            .Accepts<JsonElement>("application/json").Produces<AgentView>(StatusCodes.Status201Created).Produces<AgentView>().ProducesValidationProblem();
        agents.MapGet("/", List).WithName("ListAgents").WithSummary("Lists the registered agents and those of the served project.").Produces<IReadOnlyList<AgentView>>();
        agents.MapGet("/{name}", Get).WithName("GetAgent").WithSummary("Gets an agent.").Produces<AgentView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, ServerStore store, RunQueue queue, AgentGymServerOptions options)
    {
        var body = await RequestBody.ReadJsonAsync(context, options).ConfigureAwait(false);
        if (body.Problem is { } problem)
            return problem;
        var errors = new BodyErrors();
        if (AgentRegistrationReader.Read(body.Root, errors) is not { } agent)
            return Problems.BadBody(errors, "agent");
        var (saved, created) = store.Definitions.SaveDefinition(DefinitionKinds.Agent, agent.Name, AgentRegistrationReader.ToJson(agent));
        var triggered = created ? AgentChangeTriggers.Start(agent.Name, saved.Version, store, queue) : [];
        var view = View(saved) with { TriggeredRuns = triggered };
        return Views.Saved(created, $"{AgentGymRoutes.ApiPrefix}/agents/{saved.Name}", view);
    }

    private static IResult List(ServerStore store, ProjectTests project)
    {
        var registered = store.Definitions.ListDefinitions(DefinitionKinds.Agent).Select(View).ToList();
        var fromProject = project.AgentNames.Where(n => registered.All(r => r.Name != n)).Select(n => new AgentView { Name = n, Source = TestCatalog.ProjectSource });
        return HttpResults.Ok(registered.Concat(fromProject).OrderBy(a => a.Name, StringComparer.Ordinal).ToList());
    }

    private static IResult Get(string name, ServerStore store, ProjectTests project)
    {
        if (store.Definitions.GetDefinition(DefinitionKinds.Agent, name) is { } definition)
            return HttpResults.Ok(View(definition));
        return project.HasAgent(name) ? HttpResults.Ok(new AgentView { Name = name, Source = TestCatalog.ProjectSource }) : Problems.NotFound($"The agent '{name}'");
    }

    private static AgentView View(StoredDefinition definition) => new()
    {
        Name = definition.Name,
        Source = TestCatalog.ApiSource,
        Version = definition.Version,
        Definition = Views.Json(definition.BodyJson),
    };
}
