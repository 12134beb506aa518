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
        var store = PostgreSqlStore.CreateSchema(out var schema);
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
            PostgreSqlStore.DropSchema(schema);
        }
    }

    [PostgreSqlFact]
    public async Task A_run_of_a_worker_that_died_is_ended_as_an_error_by_another_server_after_its_lease()
    {
        var store = PostgreSqlStore.CreateSchema(out var schema);
        try
        {
            // A server without a worker queues the run; a worker claims it and dies: nobody renews its lease.
            await using var api = await ServerHarness.StartAsync(o => (o.Store, o.RunWorker) = (store, false));
            await api.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t", "input": "x" }""");
            var requests = api.Services.GetRequiredService<ServerStore>().Requests;
            var queued = requests.EnqueueRun(new RunInfo { Kind = RunKinds.Test }, new RunRequest { Kind = RunKinds.Test, Target = "t", DefinitionVersion = 1 });
            var now = DateTimeOffset.UtcNow;
            Assert.Equal(queued.RunId, requests.ClaimRunRequest("dead-worker", now, now.AddMilliseconds(200))?.RunId);

            await using var server = await ServerHarness.StartAsync(o => (o.Store, o.LeaseDuration) = (store, TimeSpan.FromMilliseconds(300)));
            var run = await server.WaitForRunAsync(queued.RunId);

            Assert.Equal("error", run.GetProperty("run").GetProperty("status").GetString());
            Assert.Contains("lease", run.GetProperty("run").GetProperty("error").GetString());
        }
        finally
        {
            PostgreSqlStore.DropSchema(schema);
        }
    }
}
