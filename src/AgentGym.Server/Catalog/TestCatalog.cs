using System.Text.Json;
using AgentGym.Definitions;
using AgentGym.Server.Api;

namespace AgentGym.Server.Catalog;

/// <summary>Every test the server knows, from one store and every front end: given over the API, in the served project, or recorded.</summary>
internal sealed class TestCatalog(ServerStore store, ProjectTests project)
{
    public const string ApiSource = "api";
    public const string ProjectSource = "project";
    public const string RecordedSource = "recorded";

    private const int MaxRecorded = 2000;

    public IReadOnlyList<TestView> List()
    {
        var recorded = store.Catalog.ListTests(MaxRecorded).ToDictionary(t => t.TestId, StringComparer.Ordinal);
        var views = new Dictionary<string, TestView>(StringComparer.Ordinal);
        foreach (var definition in store.Definitions.ListDefinitions(DefinitionKinds.Test))
            views[definition.Name] = FromDefinition(definition, recorded.GetValueOrDefault(definition.Name), withBody: false);
        foreach (var test in project.Tests)
            views.TryAdd(test.Id, FromProject(test, recorded.GetValueOrDefault(test.Id)));
        foreach (var test in recorded.Values)
            views.TryAdd(test.TestId, FromRecorded(test));
        return [.. views.Values.OrderByDescending(v => v.LastSeenAt ?? DateTimeOffset.MaxValue).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    public TestView? Find(string id)
    {
        var last = store.Results.GetTestHistory(id, 1).FirstOrDefault(r => r.TestId == id);
        var recorded = last is null ? null : new StoredTest
        {
            TestId = last.TestId,
            FullName = last.FullName,
            DisplayName = last.DisplayName,
            TestType = last.TestType,
            AgentName = last.AgentName,
            LastSeenAt = last.CompletedAt,
            LastStatus = last.Status,
        };
        if (store.Definitions.GetDefinition(DefinitionKinds.Test, id) is { } definition)
            return FromDefinition(definition, recorded, withBody: true);
        if (project.Find(id)?.Test is { } test)
            return FromProject(test, recorded);
        return recorded is null ? null : FromRecorded(recorded);
    }

    private static TestView FromDefinition(StoredDefinition definition, StoredTest? recorded, bool withBody)
    {
        using var document = JsonDocument.Parse(definition.BodyJson);
        var body = document.RootElement;
        return new TestView
        {
            Id = definition.Name,
            Name = definition.Name,
            Type = body.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()!.ToLowerInvariant() : "functional",
            Agent = body.TryGetProperty("agent", out var agent) && agent.ValueKind == JsonValueKind.String ? agent.GetString() : null,
            Source = ApiSource,
            Version = definition.Version,
            Runnable = true,
            LastStatus = recorded?.LastStatus is { } status ? RunRequestStatus.Of(status) : null,
            LastSeenAt = recorded?.LastSeenAt ?? definition.CreatedAt,
            Results = recorded?.Results ?? 0,
            Definition = withBody ? body.Clone() : null,
        };
    }

    private TestView FromProject(AgentTestDefinition test, StoredTest? recorded) => new()
    {
        Id = test.Id,
        Name = test.DisplayName,
        Type = test.Type.ToString().ToLowerInvariant(),
        Agent = test.AgentName,
        Source = ProjectSource,
        Runnable = project.Runtime is not null,
        LastStatus = recorded?.LastStatus is { } status ? RunRequestStatus.Of(status) : null,
        LastSeenAt = recorded?.LastSeenAt,
        Results = recorded?.Results ?? 0,
    };

    private static TestView FromRecorded(StoredTest test) => new()
    {
        Id = test.TestId,
        Name = test.DisplayName,
        Type = test.TestType.ToLowerInvariant(),
        Agent = test.AgentName,
        Source = RecordedSource,
        Runnable = false,
        LastStatus = test.LastStatus is { } status ? RunRequestStatus.Of(status) : null,
        LastSeenAt = test.LastSeenAt,
        Results = test.Results,
    };
}
