using System.Net.Http.Json;
using System.Text.Json;

namespace AgentGym.Server.Tests;

public sealed class OpenApiTests
{
    [Fact]
    public async Task The_openapi_document_describes_every_route()
    {
        await using var server = await ServerHarness.StartAsync();

        var document = await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/agent-gym/tests"] = ["get", "post"],
            ["/api/agent-gym/tests/{id}"] = ["get"],
            ["/api/agent-gym/tests/{id}/run"] = ["post"],
            ["/api/agent-gym/tests/{id}/runs"] = ["get"],
            ["/api/agent-gym/benchmarks"] = ["get", "post"],
            ["/api/agent-gym/benchmarks/{name}"] = ["get"],
            ["/api/agent-gym/benchmarks/{name}/run"] = ["post"],
            ["/api/agent-gym/benchmarks/{name}/runs"] = ["get"],
            ["/api/agent-gym/runs"] = ["get"],
            ["/api/agent-gym/runs/{runId}"] = ["get"],
            ["/api/agent-gym/runs/{runId}/cancel"] = ["post"],
            ["/api/agent-gym/runs/{runId}/report"] = ["get"],
            ["/api/agent-gym/runs/{runId}/compare/{laterRunId}"] = ["get"],
            ["/api/agent-gym/agents"] = ["get", "post"],
            ["/api/agent-gym/agents/{name}"] = ["get"],
        };
        Assert.Equal(expected.Keys.Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        foreach (var (path, methods) in expected)
            Assert.Equal(methods, paths.GetProperty(path).EnumerateObject().Select(m => m.Name).Where(m => m is "get" or "post").Order());
        Assert.True(paths.GetProperty("/api/agent-gym/tests/{id}/run").GetProperty("post").GetProperty("responses").TryGetProperty("202", out _));
    }
}
