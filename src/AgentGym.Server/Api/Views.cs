using System.Text.Json;
using AgentGym.Sdk;

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

    public static TestResultView Of(StoredTestRun result) => new()
    {
        Id = result.Id,
        RunId = result.RunId,
        TestId = result.TestId,
        Name = result.DisplayName,
        Status = RunRequestStatus.Of(result.Status),
        IsFailure = Outcomes.IsFailure(result.Status),
        Agent = result.AgentName,
        Model = result.AgentModel,
        InputTokens = result.InputTokens,
        OutputTokens = result.OutputTokens,
        TotalTokens = result.TotalTokens,
        LlmCalls = result.LlmCalls,
        ToolCalls = result.ToolCalls,
        DurationMs = result.DurationMs,
        Attempt = result.Attempt,
        IsFlaky = result.IsFlaky,
        ResponseText = result.ResponseText,
        Validations = Json(result.ValidationsJson) ?? Json("[]")!.Value,
        Conversation = Json(result.ConversationJson),
        ErrorType = result.ErrorType,
        ErrorMessage = result.ErrorMessage,
        Commit = result.Commit,
        Branch = result.Branch,
        StartedAt = result.StartedAt,
        CompletedAt = result.CompletedAt,
    };

    public static BenchmarkResultView Of(StoredBenchmarkRun run) => new()
    {
        Id = run.Id,
        RunId = run.RunId,
        Name = run.Record.Name,
        Agents = run.Record.Agents,
        Baseline = run.Record.Baseline,
        Tasks = run.Record.Tasks,
        Iterations = run.Record.Iterations,
        SuccessRate = run.Record.SuccessRate,
        MeanDurationMs = run.Record.MeanDurationMs,
        MeanTokens = run.Record.MeanTokens,
        Winner = run.Record.Winner,
        WasCancelled = run.Record.WasCancelled,
        StartedAt = run.Record.StartedAt,
        CompletedAt = run.Record.CompletedAt,
        Report = Json(run.Record.Json) ?? Json("{}")!.Value,
    };

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
