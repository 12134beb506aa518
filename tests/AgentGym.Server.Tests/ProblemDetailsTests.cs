using System.Net;
using System.Text;

namespace AgentGym.Server.Tests;

/// <summary>Every error the API answers is RFC 7807 problem details, whatever part of the server answers it.</summary>
public sealed class ProblemDetailsTests
{
    [Fact]
    public async Task Every_error_status_is_answered_as_problem_json()
    {
        await using var server = await ServerHarness.StartAsync(o => (o.MaxRequestBodyBytes, o.MaxQueuedRuns, o.RunWorker) = (1024, 1, false));
        await server.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t", "input": "x" }""");
        var runId = await server.StartRunAsync("/api/agent-gym/tests/t/run");
        var queueFull = await server.Client.PostAsync("/api/agent-gym/tests/t/run", null);
        await server.Client.PostAsync($"/api/agent-gym/runs/{runId}/cancel", null);

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["queue full"] = queueFull,
            ["ended run"] = await server.Client.PostAsync($"/api/agent-gym/runs/{runId}/cancel", null),
            ["bad body"] = await server.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t" }"""),
            ["not JSON"] = await server.PostJsonAsync("/api/agent-gym/tests", "{ nope"),
            ["bad query"] = await server.Client.GetAsync("/api/agent-gym/runs?limit=many"),
            ["no key"] = await server.PostJsonAsync("/api/agent-gym/tests", "{}", server.Anonymous),
            ["unknown test"] = await server.Client.GetAsync("/api/agent-gym/tests/nope"),
            ["unknown route"] = await server.Client.GetAsync("/api/agent-gym/nowhere"),
            ["wrong method"] = await server.Client.DeleteAsync("/api/agent-gym/tests"),
            ["unknown run"] = await server.Client.PostAsync("/api/agent-gym/runs/999/cancel", null),
            ["too large"] = await server.PostJsonAsync("/api/agent-gym/tests", $$"""{ "name": "{{new string('x', 4096)}}" }"""),
            ["not JSON content"] = await server.Client.PostAsync("/api/agent-gym/tests", new StringContent("""{ "name": "u", "input": "x" }""", Encoding.UTF8, "text/plain")),
        };

        Assert.Equal(HttpStatusCode.BadRequest, answers["bad body"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answers["bad query"].StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, answers["unknown route"].StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, answers["wrong method"].StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answers["not JSON content"].StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, answers["queue full"].StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, answers["ended run"].StatusCode);
        foreach (var (what, response) in answers)
        {
            Assert.True(response.StatusCode >= HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{what}: {(int)response.StatusCode} as {response.Content.Headers.ContentType}");
            Assert.Contains("\"status\":" + (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_415_and_is_not_stored()
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.Client.PostAsync("/api/agent-gym/tests", new StringContent("""{ "name": "t", "input": "x" }""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/agent-gym/tests/t")).StatusCode);
    }
}
