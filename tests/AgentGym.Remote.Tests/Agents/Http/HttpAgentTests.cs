using System.Text.Json;
using AgentGym.Agents.Http;
using AgentGym.Metrics;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Remote.Tests.Agents.Http;

public sealed class HttpAgentTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    private static string NewId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Sends_task_and_context_and_reads_text_output_tool_calls_and_usage()
    {
        await using var runtime = AgentGymRuntime.Create(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent")));
        var context = new Dictionary<string, object?> { ["customerId"] = 7 };

        var response = await runtime.Agents!.Get("remote").RunAsync(new AgentGym.Agents.AgentRequest("Where is order 42?", context));

        Assert.Equal("echo: Where is order 42?", response.Text);
        Assert.Equal(7, response.Output!.Value.GetProperty("context").GetProperty("customerId").GetInt32());
        var call = Assert.Single(response.ToolCalls);
        Assert.Equal("lookup", call.Name);
        Assert.Equal(42, ((JsonElement)call.Arguments!["id"]!).GetInt32());
        Assert.Equal("found", call.Result);
        Assert.Equal((7, 3, 10), (response.Usage!.InputTokenCount, response.Usage.OutputTokenCount, response.Usage.TotalTokenCount));
    }

    [Fact]
    public async Task Usage_in_the_answer_counts_as_self_reported_metrics()
    {
        var run = await RemoteGym.RunTestAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent")), "Where is order 42?");

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(MetricSource.Reported, run.Metrics.Source);
        Assert.Equal(10, run.Metrics.TotalTokens);
        Assert.Equal(1, run.Metrics.ToolCalls);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_seconds_in_Retry_After()
    {
        var path = $"agent/rate-limited/{NewId()}";

        var response = await RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url(path)), "remote", "hello");

        Assert.Equal("echo: hello", response.Text);
        Assert.Equal(2, server.Requests(path));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_date_in_Retry_After()
    {
        var path = $"agent/rate-limited-date/{NewId()}";

        var response = await RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url(path)), "remote", "hello");

        Assert.Equal("echo: hello", response.Text);
        Assert.Equal(2, server.Requests(path));
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_longest_wait_ends_the_retries()
    {
        var path = $"agent/rate-limited/{NewId()}";

        var error = await Assert.ThrowsAsync<HttpAgentException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => (o.Endpoint, o.MaxRetryDelay) = (server.Url(path), TimeSpan.FromMilliseconds(100))), "remote", "hello"));

        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Requests(path));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off_until_one_succeeds()
    {
        var path = $"agent/unavailable/{NewId()}";

        var response = await RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => (o.Endpoint, o.RetryDelay) = (server.Url(path), TimeSpan.FromMilliseconds(10))), "remote", "hello");

        Assert.Equal("echo: hello", response.Text);
        Assert.Equal(3, server.Requests(path));
    }

    [Fact]
    public async Task A_server_error_after_the_last_retry_fails_with_status_url_and_body()
    {
        var path = $"agent/broken/{NewId()}";

        var error = await Assert.ThrowsAsync<HttpAgentException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => (o.Endpoint, o.MaxRetries, o.RetryDelay) = (server.Url(path), 2, TimeSpan.FromMilliseconds(10))), "remote", "hello"));

        Assert.Equal(3, server.Requests(path));
        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.Url(path).ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Contains("boom: the agent crashed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_agent_fails_with_the_agent_timeout()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => (o.Endpoint, o.Timeout) = (server.Url("agent/slow"), TimeSpan.FromMilliseconds(300))), "remote", "hello"));

        Assert.Contains("0.3 s", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.Url("agent/slow").ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_fails_with_the_url_and_what_came()
    {
        var error = await Assert.ThrowsAsync<HttpAgentException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/malformed")), "remote", "hello"));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains(server.Url("agent/malformed").ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("{\"text\": \"unterminated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_of_the_wrong_shape_names_the_member()
    {
        var error = await Assert.ThrowsAsync<HttpAgentException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/wrong-shape")), "remote", "hello"));

        Assert.Contains("'tool_calls' is a JSON string; expected an array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Headers_read_their_secrets_from_environment_variables()
    {
        var variable = "AGENTGYM_TEST_KEY_" + NewId();
        Environment.SetEnvironmentVariable(variable, "key-from-the-environment");
        try
        {
            var response = await RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o =>
            {
                o.Endpoint = server.Url("agent/headers");
                o.Headers["X-Api-Key"] = $"env:{variable}";
                o.Headers["Authorization"] = $"Bearer {{env:{variable}}}";
            }), "remote", "hello");

            Assert.Equal("key=key-from-the-environment;auth=Bearer key-from-the-environment", response.Text);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task A_missing_environment_variable_fails_with_its_name()
    {
        var variable = "AGENTGYM_TEST_UNSET_" + NewId();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RemoteGym.AskAsync(
            b => b.AddHttpAgent("remote", o => (o.Endpoint, o.Headers["X-Api-Key"]) = (server.Url("agent/headers"), $"env:{variable}")), "remote", "hello"));

        Assert.Contains(variable, error.Message, StringComparison.Ordinal);
        Assert.Contains("X-Api-Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_mapping_speaks_another_shape()
    {
        var mapping = HttpAgentMapping.Json(r => new { prompt = r.Task }, json => new AgentGym.Agents.AgentResponse(json.GetProperty("answer").GetString()!));

        var response = await RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o => (o.Endpoint, o.Mapping) = (server.Url("custom"), mapping)), "remote", "hi");

        Assert.Equal("custom: hi", response.Text);
    }
}
