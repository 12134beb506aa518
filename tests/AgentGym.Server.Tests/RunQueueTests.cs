using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentGym.Sdk;
using AgentGym.Server.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Tests;

public sealed class RunQueueTests
{
    private const string Test = """{ "name": "refunds", "agent": "support", "input": "Refund order 42", "validation_rules": [ { "contains": "refunded" } ] }""";

    [Fact]
    public async Task Fifty_concurrent_run_requests_each_reach_a_final_status_once()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);

        var runIds = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => server.StartRunAsync("/api/agent-gym/tests/refunds/run")));
        var runs = await Task.WhenAll(runIds.Select(id => server.WaitForRunAsync(id)));

        Assert.Equal(50, runIds.Distinct().Count());
        Assert.All(runs, run => Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString()));
        Assert.All(runs, run => Assert.Equal(1, run.GetProperty("tests").GetArrayLength()));
        Assert.Equal(50, agent.Calls);
    }

    [Fact]
    public async Task A_run_goes_from_pending_to_running_to_its_result()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);
        agent.Hold();

        var runId = await server.StartRunAsync("/api/agent-gym/tests/refunds/run");
        var running = await server.WaitForRunAsync(runId, "running");
        agent.Release();
        var done = await server.WaitForRunAsync(runId);

        Assert.NotNull(running.GetProperty("run").GetProperty("startedAt").GetString());
        Assert.Equal("passed", done.GetProperty("run").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_run_that_was_running_when_the_server_stopped_is_an_error_after_the_restart()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);
        agent.Hold();
        var runId = await server.StartRunAsync("/api/agent-gym/tests/refunds/run");
        await server.WaitForRunAsync(runId, "running");

        await server.RestartAsync();
        var run = await server.WaitForRunAsync(runId);

        Assert.Equal("error", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Contains("server stopped", run.GetProperty("run").GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_run_left_running_by_a_killed_worker_is_an_error_once_its_lease_ran_out()
    {
        // A server without a worker queues the run; a worker claims it and is killed: nobody renews its lease.
        await using var api = await ServerHarness.StartAsync(o => o.RunWorker = false);
        await api.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t", "input": "x" }""");
        var requests = api.Services.GetRequiredService<ServerStore>().Requests;
        var queued = requests.EnqueueRun(new RunInfo { Kind = RunKinds.Test }, new RunRequest { Kind = RunKinds.Test, Target = "t", DefinitionVersion = 1 });
        var now = DateTimeOffset.UtcNow;
        Assert.Equal(queued.RunId, requests.ClaimRunRequest("dead-worker", now, now.AddMilliseconds(200))?.RunId);

        await using var server = await ServerHarness.StartAsync(o => (o.Store, o.LeaseDuration) = (api.StorePath, TimeSpan.FromMilliseconds(300)));
        var run = await server.WaitForRunAsync(queued.RunId);

        Assert.Equal("error", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Contains("lease", run.GetProperty("run").GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_running_run_can_be_cancelled_and_a_final_one_cannot()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);
        agent.Hold();
        var runId = await server.StartRunAsync("/api/agent-gym/tests/refunds/run");
        await server.WaitForRunAsync(runId, "running");

        var cancel = await server.Client.PostAsync($"/api/agent-gym/runs/{runId}/cancel", null);
        var run = await server.WaitForRunAsync(runId);

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("cancelled", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await server.Client.PostAsync($"/api/agent-gym/runs/{runId}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task A_full_queue_refuses_a_run_with_503()
    {
        await using var server = await ServerHarness.StartAsync(o => (o.MaxQueuedRuns, o.RunWorker) = (2, false));
        await server.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t", "input": "x" }""");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            statuses.Add((await server.Client.PostAsync("/api/agent-gym/tests/t/run", null)).StatusCode);

        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable], statuses);
    }

    [Fact]
    public async Task Registering_an_agent_starts_the_tests_marked_to_run_on_agent_changes_and_links_to_them()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.PostJsonAsync("/api/agent-gym/tests",
            """{ "name": "smoke", "agent": "support", "input": "Refund order 42", "traits": { "run_on_agent_change": "true" } }""");
        await server.PostJsonAsync("/api/agent-gym/tests", """{ "name": "manual", "agent": "support", "input": "x" }""");

        var response = await server.Client.PostAsJsonAsync("/api/agent-gym/agents", new { name = "support", kind = "http", endpoint = agent.Endpoint.ToString() });
        var registered = await response.Content.ReadFromJsonAsync<JsonElement>();

        var triggered = Assert.Single(registered.GetProperty("triggeredRuns").EnumerateArray());
        var run = await server.WaitForRunAsync(triggered.GetProperty("runId").GetInt64());
        Assert.Equal("smoke", run.GetProperty("run").GetProperty("target").GetString());
        Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString());
        Assert.Contains("agent 'support' version 1", run.GetProperty("run").GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task A_worker_without_http_runs_what_a_server_queued()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync(o => o.RunWorker = false);
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);
        var runId = await server.StartRunAsync("/api/agent-gym/tests/refunds/run");
        Assert.Equal("pending", (await server.WaitForRunAsync(runId, "pending")).GetProperty("run").GetProperty("status").GetString());

        using var worker = AgentGymServerHost.BuildWorker(new Hosting.AgentGymServerOptions { Store = server.StorePath, PollInterval = TimeSpan.FromMilliseconds(100) });
        await worker.StartAsync();
        var run = await server.WaitForRunAsync(runId);
        await worker.StopAsync();

        Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString());
    }
}
