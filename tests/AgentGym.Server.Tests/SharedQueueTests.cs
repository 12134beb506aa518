using AgentGym.Sdk;
using AgentGym.Server.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Tests;

/// <summary>Two servers on one PostgreSQL store share its run queue.</summary>
public sealed class SharedQueueTests
{
    [PostgreSqlFact]
    public async Task Two_servers_on_one_postgresql_store_share_100_queued_runs_and_run_each_once()
    {
        var store = PostgreSqlServer.CreateSchema(out var schema);
        try
        {
            await using var agent = await LoopbackAgent.StartAsync();
            void Configure(Hosting.AgentGymServerOptions o)
            {
                o.Store = store;
                o.EngineOptions.MaxConcurrency = 10;
            }

            await using var first = await ServerHarness.StartAsync(Configure);
            await using var second = await ServerHarness.StartAsync(Configure);
            await first.RegisterAgentAsync("support", agent);
            await first.PostJsonAsync("/api/agent-gym/tests", """{ "name": "refunds", "agent": "support", "input": "Refund order 42", "validation_rules": [ { "contains": "refunded" } ] }""");
            agent.Hold();

            var runIds = new List<long>();
            for (var i = 0; i < 100; i++)
                runIds.Add(await (i % 2 == 0 ? first : second).StartRunAsync("/api/agent-gym/tests/refunds/run"));
            // Each server holds at most 10 runs while the agent holds its answers: both have taken some.
            var requests = first.Services.GetRequiredService<ServerStore>().Requests;
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                while (requests.ListRunRequests(RunKinds.Test, "refunds", 200).Count(r => r.Status == RunRequestStatus.Running) < 20)
                    await Task.Delay(50, deadline.Token);
            }

            agent.Release();
            var runs = await Task.WhenAll(runIds.Select(id => first.WaitForRunAsync(id)));

            Assert.All(runs, run => Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString()));
            Assert.All(runs, run => Assert.Equal(1, run.GetProperty("tests").GetArrayLength()));
            Assert.Equal(100, agent.Calls);
            Assert.Equal(2, requests.ListRunRequests(RunKinds.Test, "refunds", 200).Select(r => r.Owner).Distinct().Count());
        }
        finally
        {
            PostgreSqlServer.DropSchema(schema);
        }
    }

    [PostgreSqlFact]
    public async Task A_worker_process_killed_mid_run_leaves_a_run_that_another_server_ends_as_an_error_after_its_lease()
    {
        var store = PostgreSqlServer.CreateSchema(out var schema);
        try
        {
            await using var agent = await LoopbackAgent.StartAsync();
            // A server without a worker of its own queues the runs; 'agentgym worker', a process of its own, takes them.
            await using var api = await ServerHarness.StartAsync(o => (o.Store, o.RunWorker) = (store, false));
            await api.RegisterAgentAsync("support", agent);
            await api.PostJsonAsync("/api/agent-gym/tests", """{ "name": "refunds", "agent": "support", "input": "Refund order 42", "validation_rules": [ { "contains": "refunded" } ] }""");
            agent.Hold();
            using var worker = WorkerProcess.Start("--store", store, "--lease", "2");
            var held = await api.StartRunAsync("/api/agent-gym/tests/refunds/run");
            var requests = api.Services.GetRequiredService<ServerStore>().Requests;
            using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                while (requests.GetRunRequest(held)?.Status != RunRequestStatus.Running || agent.Calls == 0)
                {
                    Assert.False(worker.HasExited, $"The worker ended early:{Environment.NewLine}{worker.Output}");
                    await Task.Delay(50, deadline.Token);
                }
            }

            Assert.Contains($"/{worker.Id}/", requests.GetRunRequest(held)!.Owner);
            worker.Kill();
            agent.Release();
            // Another server on the store: once the dead worker's lease has run out, it ends that run, and runs the next one.
            await using var survivor = await ServerHarness.StartAsync(o => (o.Store, o.LeaseDuration) = (store, TimeSpan.FromMilliseconds(300)));
            var next = await survivor.StartRunAsync("/api/agent-gym/tests/refunds/run");
            var abandoned = await survivor.WaitForRunAsync(held);
            var finished = await survivor.WaitForRunAsync(next);

            Assert.Equal("error", abandoned.GetProperty("run").GetProperty("status").GetString());
            Assert.Contains("lease ran out", abandoned.GetProperty("run").GetProperty("error").GetString());
            Assert.Empty(abandoned.GetProperty("tests").EnumerateArray());
            Assert.Equal("passed", finished.GetProperty("run").GetProperty("status").GetString());
            Assert.Equal(2, agent.Calls);
            Assert.DoesNotContain(requests.ListRunRequests(RunKinds.Test, "refunds", 10), r => !RunRequestStatus.IsFinal(r.Status));
        }
        finally
        {
            PostgreSqlServer.DropSchema(schema);
        }
    }
}
