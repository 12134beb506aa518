using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace AgentGym.Server.Tests;

public sealed class BenchmarkRoutesTests
{
    private const string Benchmark = """
        {
          "name": "support-agents",
          "type": "performance",
          "agents": ["fast", "slow"],
          "baseline": "slow",
          "tasks": [
            { "name": "refund", "input": { "task": "Refund order 42", "context": { "customer": 7 } }, "validation_rules": [ { "contains": "refunded" } ] },
            { "name": "status", "input": "Where is order 45?" }
          ],
          "iterations": 3,
          "warmup": 1,
          "max_parallelism": 4
        }
        """;

    [Fact]
    public async Task A_benchmark_is_created_run_and_its_runs_hold_statistics_per_agent_and_task()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("fast", agent);
        await server.RegisterAgentAsync("slow", agent);

        var created = await server.PostJsonAsync("/api/agent-gym/benchmarks", Benchmark);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var run = await server.WaitForRunAsync(await server.StartRunAsync("/api/agent-gym/benchmarks/support-agents/run"));

        Assert.Equal("passed", run.GetProperty("run").GetProperty("status").GetString());
        var result = run.GetProperty("benchmarks")[0];
        Assert.Equal(12, result.GetProperty("iterations").GetInt32());
        Assert.Equal(1.0, result.GetProperty("successRate").GetDouble());
        Assert.Equal(4, result.GetProperty("report").GetProperty("taskStatistics").GetArrayLength());
        var runs = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/benchmarks/support-agents/runs");
        Assert.Single(runs.GetProperty("results").EnumerateArray());
        var listed = await server.Client.GetFromJsonAsync<JsonElement>("/api/agent-gym/benchmarks");
        Assert.Equal(1, listed.EnumerateArray().Single().GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData("""{ "name": "b", "agents": [], "tasks": [ { "name": "t", "input": "x" } ] }""", "agents")]
    [InlineData("""{ "name": "b", "agents": ["a"], "baseline": "z", "tasks": [ { "name": "t", "input": "x" } ] }""", "baseline")]
    [InlineData("""{ "name": "b", "agents": ["a"], "tasks": [ { "name": "t" } ] }""", "tasks[0].input")]
    [InlineData("""{ "name": "b", "agents": ["a"], "tasks": [ { "name": "t", "input": "x", "validation_rules": [ { "regex": "(" } ] } ] }""", "tasks[0].validation_rules[0].regex")]
    [InlineData("""{ "name": "b", "agents": ["a"], "tasks": [ { "name": "t", "input": "x" } ], "iterations": 0 }""", "iterations")]
    [InlineData("""{ "name": "b", "agents": ["a"], "type": "speedy", "tasks": [ { "name": "t", "input": "x" } ] }""", "type")]
    public async Task A_bad_benchmark_body_gets_400_naming_the_field(string body, string field)
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.PostJsonAsync("/api/agent-gym/benchmarks", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
