using System.Text.Json;

namespace AgentGym.Server.Api;

/// <summary>Turns what the store keeps into what the API answers.</summary>
internal static class Views
{
    public static RunView Of(RunRequest request, StoredRun? run) => new()
    {
        RunId = request.RunId,
        Kind = request.Kind,
        Target = request.Target,
        Status = request.Status,
        DefinitionVersion = request.DefinitionVersion,
        Agent = request.AgentName,
        Trigger = request.Trigger,
        Source = run?.Info.Source,
        Commit = run?.Info.Commit,
        Branch = run?.Info.Branch,
        RequestedAt = request.RequestedAt,
        StartedAt = request.StartedAt,
        CompletedAt = request.CompletedAt,
        Passed = run?.Passed ?? 0,
        Failed = run?.Failed ?? 0,
        Skipped = run?.Skipped ?? 0,
        Flaky = run?.Flaky ?? 0,
        Error = request.Error,
        Summary = Json(request.ResultJson),
    };

    /// <summary>A run recorded by another front end: its status is what its results say.</summary>
    public static RunView Of(StoredRun run) => new()
    {
        RunId = run.Id,
        Kind = run.Info.Kind,
        Status = run.CompletedAt is null ? "incomplete" : run.Failed > 0 ? "failed" : run.Passed > 0 || run.Info.Kind == RunKinds.Benchmark ? "passed" : "skipped",
        Source = run.Info.Source,
        Commit = run.Info.Commit,
        Branch = run.Info.Branch,
        StartedAt = run.Info.StartedAt,
        CompletedAt = run.CompletedAt,
        Passed = run.Passed,
        Failed = run.Failed,
        Skipped = run.Skipped,
        Flaky = run.Flaky,
    };

    /// <summary>Answers a saved definition: 201 with its location when it is new (or a new version), else 200.</summary>
    public static IResult Saved<T>(bool created, string location, T view) => created ? HttpResults.Created(location, view) : HttpResults.Ok(view);

    /// <summary>A body as the store keeps it: compact JSON, so that the same definition sent twice is one version.</summary>
    public static string Canonical(JsonElement body) => JsonSerializer.Serialize(body);

    /// <summary>A body as the store keeps it (see <see cref="Canonical(JsonElement)"/>).</summary>
    public static string Canonical(string body)
    {
        using var document = JsonDocument.Parse(body);
        return Canonical(document.RootElement);
    }

    /// <summary>Parses JSON the store keeps; <see langword="null"/> for none, and for text that is not JSON.</summary>
    public static JsonElement? Json(string? json)
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
