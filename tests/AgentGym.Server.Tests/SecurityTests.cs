using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentGym.Sdk;
using AgentGym.Server.Hosting;
using AgentGym.Server.Security;

namespace AgentGym.Server.Tests;

public sealed class SecurityTests
{
    private const string Test = """{ "name": "t", "input": "x" }""";

    [Fact]
    public async Task Writes_without_a_key_get_401_and_change_nothing()
    {
        await using var server = await ServerHarness.StartAsync();

        var response = await server.PostJsonAsync("/api/agent-gym/tests", Test, server.Anonymous);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/agent-gym/tests") ?? []);
    }

    [Fact]
    public async Task A_wrong_key_gets_401_and_is_never_echoed()
    {
        await using var server = await ServerHarness.StartAsync();
        const string Wrong = "wrong-key-that-must-not-come-back";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agent-gym/tests") { Content = new StringContent(Test) };
        request.Headers.Add("X-API-Key", Wrong);

        var response = await server.Anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(Wrong, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(Wrong, response.Headers.ToString());
    }

    [Fact]
    public async Task The_key_is_accepted_in_the_X_API_Key_header()
    {
        await using var server = await ServerHarness.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agent-gym/tests") { Content = new StringContent(Test, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-API-Key", ServerHarness.Key);

        Assert.Equal(HttpStatusCode.Created, (await server.Anonymous.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_the_api_is_read_only()
    {
        await using var server = await ServerHarness.StartAsync(o => o.ApiKeys.Clear());

        Assert.Equal(HttpStatusCode.Forbidden, (await server.PostJsonAsync("/api/agent-gym/tests", Test, server.Anonymous)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.GetAsync("/api/agent-gym/tests")).StatusCode);
    }

    [Fact]
    public async Task Reads_are_open_on_loopback_and_need_a_key_when_keys_are_required()
    {
        await using var open = await ServerHarness.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await open.Anonymous.GetAsync("/api/agent-gym/runs")).StatusCode);

        await using var closed = await ServerHarness.StartAsync(o => o.ReadAccess = ServerReadAccess.KeyRequired);
        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.Anonymous.GetAsync("/api/agent-gym/runs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await closed.Anonymous.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await closed.Client.GetAsync("/api/agent-gym/runs")).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    public void The_server_refuses_to_listen_beyond_loopback_without_a_key(string url)
    {
        var error = Assert.Throws<InvalidOperationException>(() => AgentGymServerHost.Build(new AgentGymServerOptions(), url));

        Assert.Contains("without an API key", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("https://agents.example.com", false)]
    public void Loopback_addresses_are_told_apart(string url, bool loopback) => Assert.Equal(loopback, LoopbackAddresses.IsLoopback(url));

    [Fact]
    public async Task A_body_beyond_the_limit_gets_413_whether_its_length_is_declared_or_chunked()
    {
        await using var server = await ServerHarness.StartAsync(o => o.MaxRequestBodyBytes = 1024);
        var big = $$"""{ "name": "t", "input": "{{new string('x', 4096)}}" }""";

        var declared = await server.PostJsonAsync("/api/agent-gym/tests", big);
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/agent-gym/tests") { Content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(big))) };
        chunked.Headers.TransferEncodingChunked = true;
        var streamed = await server.Client.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Empty(await server.Client.GetFromJsonAsync<JsonElement[]>("/api/agent-gym/tests") ?? []);
    }

    [Fact]
    public async Task Agent_header_values_must_be_references_and_no_secret_comes_back()
    {
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        const string Secret = "sk-secret-value-of-the-agent";
        Environment.SetEnvironmentVariable("AGENTGYM_TEST_SUPPORT_KEY", Secret);

        var literal = await server.Client.PostAsJsonAsync("/api/agent-gym/agents",
            new { name = "support", kind = "http", endpoint = agent.Endpoint.ToString(), headers = new Dictionary<string, string> { ["Authorization"] = "Bearer " + Secret } });
        Assert.Equal(HttpStatusCode.BadRequest, literal.StatusCode);
        var problem = await literal.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("headers.Authorization", out _));
        Assert.DoesNotContain(Secret, problem.ToString());

        await server.RegisterAgentAsync("support", agent, new Dictionary<string, string> { ["Authorization"] = "Bearer {env:AGENTGYM_TEST_SUPPORT_KEY}" });
        await server.PostJsonAsync("/api/agent-gym/tests", """{ "name": "t", "agent": "support", "input": "x" }""");
        var runId = await server.StartRunAsync("/api/agent-gym/tests/t/run");
        await server.WaitForRunAsync(runId);

        Assert.Equal("Bearer " + Secret, Assert.Single(agent.Authorizations));
        foreach (var path in new[] { "/api/agent-gym/agents", "/api/agent-gym/agents/support", $"/api/agent-gym/runs/{runId}", "/api/agent-gym/tests/t/runs", "/api/agent-gym/runs" })
        {
            var text = await server.Client.GetStringAsync(path);
            Assert.DoesNotContain(Secret, text);
        }

        Assert.Contains("{env:AGENTGYM_TEST_SUPPORT_KEY}", await server.Client.GetStringAsync("/api/agent-gym/agents/support"));
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        await using var server = await ServerHarness.StartAsync();

        foreach (var path in new[] { "/", "/api/agent-gym/tests", "/api/agent-gym/tests/nope" })
        {
            var response = await server.Anonymous.GetAsync(path);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task Run_requests_beyond_the_rate_limit_get_429()
    {
        await using var server = await ServerHarness.StartAsync(o => o.RunRequestsPerSecond = 1);
        await server.PostJsonAsync("/api/agent-gym/tests", Test);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
            statuses.Add((await server.Client.PostAsync("/api/agent-gym/tests/t/run", null)).StatusCode);

        Assert.Contains(HttpStatusCode.Accepted, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}
