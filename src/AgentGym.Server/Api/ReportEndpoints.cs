using System.Globalization;
using AgentGym.Server.Catalog;

namespace AgentGym.Server.Api;

/// <summary>
/// A run's report and the comparison of two runs, written by the engine's report home, the same as <c>agentgym report</c>
/// and <c>agentgym compare</c> write them.
/// </summary>
internal static class ReportEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/runs").WithTags("Runs");
        runs.MapGet("/{runId:long}/report", Report).WithName("GetRunReport")
            .WithSummary("Gets a run's report as a file: format md (default), csv, json, junit or html, as 'agentgym report' writes it.")
            .Produces<string>(StatusCodes.Status200OK, "text/markdown", "text/csv", "application/json", "application/xml", "text/html")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{runId:long}/compare/{laterRunId:long}", Compare).WithName("CompareRuns")
            .WithSummary("Compares a run with a later one test by test: now failing, now passing, new, gone, and the change of tokens and duration.")
            .Produces<ComparisonView>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Report(long runId, string? format, ServerStore store)
    {
        var exporter = DefaultRunReportExporters.Find(format ?? MarkdownRunReportExporter.GitHub.Name);
        if (exporter is null)
        {
            return HttpResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not a report format; expected {string.Join(", ", DefaultRunReportExporters.Names)}."] },
                detail: "The query is not valid; each entry of 'errors' names a parameter.", title: "Invalid query");
        }
        if (store.Results.GetRun(runId) is null)
            return Problems.NotFound($"The run {runId}");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        exporter.Export(RunReport.Read(store.Results, [runId]), text);
        // A file to save, not a page of this site: the HTML report carries its own styles, which the API's policy would block.
        var fileName = string.Create(CultureInfo.InvariantCulture, $"agentgym-run-{runId}{exporter.FileExtension}");
        return HttpResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), exporter.ContentType, fileName);
    }

    private static IResult Compare(long runId, long laterRunId, ServerStore store)
    {
        if (store.Results.GetRun(runId) is null)
            return Problems.NotFound($"The run {runId}");
        if (store.Results.GetRun(laterRunId) is null)
            return Problems.NotFound($"The run {laterRunId}");
        return HttpResults.Ok(ComparisonView.Of(RunComparison.Read(store.Results, runId, laterRunId)));
    }
}
