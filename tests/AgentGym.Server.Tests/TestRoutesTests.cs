using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Server.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Tests;

public sealed class TestRoutesTests
{
    private const string RefundTest = """
        {
          "name": "refunds-order",
          "agent": "support",
          "input": { "task": "Refund order 42", "context": { "customer": 7 } },
          "validation_rules": [ { "contains": "refunded" }, { "budget": { "max_tokens": 100 } } ]
        }
        """;

    [Fact]
    public async Task A_test_is_created_run_polled_and_its_history_read_against_an_http_agent_on_loopback()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);

        var created = await server.PostJsonAsync("/api/agent-gym/tests", RefundTest);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/agent-gym/tests/refunds-order", created.Headers.Location?.OriginalString);

        var runId = await server.StartRunAsync("/api/agent-gym/tests/refunds-order/run");
        var run = await server.WaitForRunAsync(runId);

        Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("run").GetProperty("definitionVersion").GetInt32());
        var result = run.GetProperty("tests")[0];
        Assert.Equal(42, result.GetProperty("totalTokens").GetInt64());
        Assert.Equal("Order 42 is refunded.", result.GetProperty("responseText").GetString());
        Assert.Equal(2, result.GetProperty("validations").GetArrayLength());

        var history = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/tests/refunds-order/runs");
        Assert.Equal(runId, history.GetProperty("results")[0].GetProperty("runId").GetInt64());
        Assert.Equal("passed", history.GetProperty("requests")[0].GetProperty("status").GetString());
        var listed = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/tests");
        var test = listed.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "refunds-order");
        Assert.Equal("passed", test.GetProperty("lastStatus").GetString());
        Assert.Equal("api", test.GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_failing_validator_fails_the_run_and_its_message_is_kept()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        agent.Text = "I cannot help with that.";
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", RefundTest);

        var run = await server.WaitForRunAsync(await server.StartRunAsync("/api/agent-gym/tests/refunds-order/run"));

        Assert.Equal("failed", run.GetProperty("run").GetProperty("status").GetString());
        var failed = run.GetProperty("tests")[0].GetProperty("validations").EnumerateArray().Single(v => !v.GetProperty("passed").GetBoolean());
        Assert.Contains("refunded", failed.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_test_naming_an_unknown_agent_ends_in_an_error_that_names_it()
    {
        await using var server = await ServerHarness.StartAsync();
        await server.PostJsonAsync("/api/agent-gym/tests", RefundTest);

        var run = await server.WaitForRunAsync(await server.StartRunAsync("/api/agent-gym/tests/refunds-order/run"));

        Assert.Equal("error", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Contains("'support' is not registered", run.GetProperty("run").GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_definition_is_versioned_and_a_run_records_the_version_it_ran()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);

        Assert.Equal(HttpStatusCode.Created, (await server.PostJsonAsync("/api/agent-gym/tests", RefundTest)).StatusCode);
        var same = await server.PostJsonAsync("/api/agent-gym/tests", RefundTest);
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        var changed = await server.PostJsonAsync("/api/agent-gym/tests", RefundTest.Replace("\"refunded\"", "\"refund\""));
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        var run = await server.WaitForRunAsync(await server.StartRunAsync("/api/agent-gym/tests/refunds-order/run"));
        Assert.Equal(2, run.GetProperty("run").GetProperty("definitionVersion").GetInt32());
        var test = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/tests/refunds-order");
        Assert.Equal("refund", test.GetProperty("definition").GetProperty("validation_rules")[0].GetProperty("contains").GetString());
    }

    [Theory]
    [InlineData("""{ "name": "t", "input": "x", "validation_rules": [ { "regex": "(" } ] }""", "validation_rules[0].regex")]
    [InlineData("""{ "name": "t" }""", "input")]
    [InlineData("""{ "name": "t", "input": "x", "retries": "two" }""", "retries")]
    [InlineData("""{ "name": "t", "input": "x", "colour": "red" }""", "colour")]
    [InlineData("""{ "name": "t", "input": "x", "validation_rules": [ { "json_schema": "/etc/passwd" } ] }""", "validation_rules[0].json_schema")]
    [InlineData("""{ "name": "a/b", "input": "x" }""", "name")]
    [InlineData("""[ { "name": "t", "input": "x" } ]""", "")]
    [InlineData("""{ "name": "t", "input": """, "")]
    public async Task A_bad_test_body_gets_400_problem_details_naming_the_field(string body, string field)
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.PostJsonAsync("/api/agent-gym/tests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages[0].GetString()!);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/agent-gym/tests") ?? []);
    }

    [Theory]
    [InlineData("/api/agent-gym/tests/nope")]
    [InlineData("/api/agent-gym/tests/nope/runs")]
    [InlineData("/api/agent-gym/benchmarks/nope")]
    [InlineData("/api/agent-gym/benchmarks/nope/runs")]
    [InlineData("/api/agent-gym/runs/987654")]
    [InlineData("/api/agent-gym/agents/nope")]
    public async Task An_unknown_id_gets_404_problem_details(string path)
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/agent-gym/tests/nope/run")]
    [InlineData("/api/agent-gym/benchmarks/nope/run")]
    [InlineData("/api/agent-gym/runs/987654/cancel")]
    public async Task Running_or_cancelling_an_unknown_id_gets_404(string path)
    {
        await using var server = await ServerHarness.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync(path, null)).StatusCode);
    }

    [Fact]
    public async Task Tests_recorded_by_dotnet_test_are_listed_with_their_history_but_cannot_run_without_their_project()
    {
        await using var server = await ServerHarness.StartAsync();
        var store = server.Services.GetRequiredService<ServerStore>().Results;
        var runId = store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = "Support.Tests.dll" });
        store.RecordTestRun(runId, new AgentTestRun
        {
            Test = new Definitions.AgentTestDefinition { Id = "Support.Tests.Refunds", FullName = "Support.Tests.Refunds", DisplayName = "Refunds" },
            Status = AgentTestStatus.Passed,
            StartedAt = DateTimeOffset.UtcNow,
            CompletedAt = DateTimeOffset.UtcNow,
        });
        store.CompleteRun(runId, DateTimeOffset.UtcNow);

        var tests = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/tests");
        var recorded = tests.EnumerateArray().Single();
        Assert.Equal("recorded", recorded.GetProperty("source").GetString());
        Assert.False(recorded.GetProperty("runnable").GetBoolean());
        var history = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/tests/Support.Tests.Refunds/runs");
        Assert.Equal(runId, history.GetProperty("results")[0].GetProperty("runId").GetInt64());
        var run = await server.Client.GetFromJsonAsync<JsonElement>($"/api/agent-gym/runs/{runId}");
        Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await server.Client.PostAsync("/api/agent-gym/tests/Support.Tests.Refunds/run", null)).StatusCode);
    }
}
