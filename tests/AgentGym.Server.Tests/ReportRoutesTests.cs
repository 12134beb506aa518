using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Server.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Tests;

public sealed class ReportRoutesTests
{
    private static long Record(ServerHarness server, params (string Test, AgentTestStatus Status)[] results)
    {
        var store = server.Services.GetRequiredService<ServerStore>().Results;
        var runId = store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "Support.Tests.dll", Branch = "main", Commit = "abc123" });
        foreach (var (test, status) in results)
        {
            store.RecordTestRun(runId, new AgentTestRun
            {
                Test = new Definitions.AgentTestDefinition { Id = test, FullName = "Support.Tests." + test, DisplayName = test },
                Status = status,
                StartedAt = DateTimeOffset.UtcNow,
                CompletedAt = DateTimeOffset.UtcNow,
            });
        }
        store.CompleteRun(runId, DateTimeOffset.UtcNow);
        return runId;
    }

    [Fact]
    public async Task The_comparison_route_answers_what_agentgym_compare_shows()
    {
        await using var server = await ServerHarness.StartAsync();
        var before = Record(server, ("Refund", AgentTestStatus.Passed), ("Greeting", AgentTestStatus.Failed), ("Old", AgentTestStatus.Passed));
        var after = Record(server, ("Refund", AgentTestStatus.Timeout), ("Greeting", AgentTestStatus.Passed), ("Added", AgentTestStatus.Passed));

        var comparison = await server.Client.GetFromJsonAsync<JsonElement>($"/api/agent-gym/runs/{before}/compare/{after}");

        var store = server.Services.GetRequiredService<ServerStore>().Results;
        Assert.Equal(RunComparison.Read(store, before, after).Summary, comparison.GetProperty("summary").GetString());
        Assert.Equal(
            [("Refund", "NowFailing", "now failing"), ("Greeting", "NowPassing", "now passing"), ("Added", "New", "new"), ("Old", "Gone", "gone")],
            comparison.GetProperty("tests").EnumerateArray().Select(t => (t.GetProperty("name").GetString(), t.GetProperty("change").GetString(), t.GetProperty("changeText").GetString())));
        var refund = comparison.GetProperty("tests")[0];
        Assert.Equal(("passed", "timeout"), (refund.GetProperty("before").GetProperty("status").GetString(), refund.GetProperty("after").GetProperty("status").GetString()));
        Assert.True(refund.GetProperty("after").GetProperty("isFailure").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/agent-gym/runs/{before}/compare/987654")).StatusCode);
    }

    [Fact]
    public async Task The_report_route_writes_the_report_agentgym_report_writes()
    {
        await using var server = await ServerHarness.StartAsync();
        var runId = Record(server, ("Refund", AgentTestStatus.Error), ("Greeting", AgentTestStatus.Passed));

        var response = await server.Client.GetAsync($"/api/agent-gym/runs/{runId}/report?format=junit");
        var markdown = await server.Client.GetStringAsync($"/api/agent-gym/runs/{runId}/report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"agentgym-run-{runId}.xml", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var suites = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(("2", "0", "1"), ((string?)suites.Attribute("tests"), (string?)suites.Attribute("failures"), (string?)suites.Attribute("errors")));
        var store = server.Services.GetRequiredService<ServerStore>().Results;
        using var expected = new StringWriter();
        MarkdownRunReportExporter.GitHub.Export(RunReport.Read(store, [runId]), expected);
        Assert.Equal(expected.ToString(), markdown);
    }

    [Theory]
    [InlineData("/api/agent-gym/runs/987654/report", HttpStatusCode.NotFound)]
    [InlineData("/api/agent-gym/runs/1/report?format=pdf", HttpStatusCode.BadRequest)]
    public async Task A_report_of_no_run_or_no_format_is_refused(string path, HttpStatusCode expected)
    {
        await using var server = await ServerHarness.StartAsync();
        Record(server, ("Refund", AgentTestStatus.Passed));

        var response = await server.Client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
