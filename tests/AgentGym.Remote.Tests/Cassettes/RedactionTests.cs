using AgentGym.Agents.Http;
using AgentGym.Configuration;
using AgentGym.OpenAI;
using AgentGym.Recording;
using AgentGym.Remote.Tests.Support;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class RedactionTests(LoopbackServer server) : IClassFixture<LoopbackServer>, IDisposable
{
    private readonly CassetteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_cassette_holds_no_secret_from_headers_environment_or_patterns()
    {
        var variable = "AGENTGYM_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        const string EnvironmentSecret = "env-secret-4f1b2c";
        Environment.SetEnvironmentVariable(variable, EnvironmentSecret);
        try
        {
            var options = RemoteGym.Recording(RecordMode.Record, _folder);
            options.Redaction.Patterns.Add("sk-[a-z0-9]{8,}");
            options.Redaction.HeaderNames.Add("X-Tenant-Token");
            using var handler = new CassetteHttpHandler(Cassette.Open(_folder.File("direct")), RecordMode.Record, new Redactor(options.Redaction, [EnvironmentSecret]))
            {
                InnerHandler = new SocketsHttpHandler(),
            };
            using var client = new HttpClient(handler);
            using var request = new HttpRequestMessage(HttpMethod.Post, server.Url("agent"))
            {
                Content = new StringContent($$"""{"task":"use sk-abcdef123456 and {{EnvironmentSecret}}"}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new("Bearer", "bearer-secret-9d8e");
            request.Headers.Add("api-key", "api-key-secret-7a6b");
            request.Headers.Add("X-Tenant-Token", "tenant-secret-5c4d");
            using var response = await client.SendAsync(request);

            await RemoteGym.AskAsync(b => b.AddHttpAgent("agent", o =>
            {
                o.Endpoint = server.Url("agent");
                o.Headers["Authorization"] = $"Bearer {{env:{variable}}}";
            }), "agent", $"the key is {EnvironmentSecret}", options);

            foreach (var file in Directory.GetFiles(_folder.Path))
            {
                var text = await File.ReadAllTextAsync(file);
                foreach (var secret in new[] { EnvironmentSecret, "sk-abcdef123456", "bearer-secret-9d8e", "api-key-secret-7a6b", "tenant-secret-5c4d" })
                    Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                Assert.Contains(Redactor.Placeholder, text, StringComparison.Ordinal);
            }

            Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task An_OpenAI_key_never_reaches_the_cassette()
    {
        const string Key = "sk-openai-secret-123456";
        var options = RemoteGym.Recording(RecordMode.Record, _folder);

        await RemoteGym.AskAsync(b => b.AddOpenAIAgent("model", server.Url("v1"), "loopback-model", Key), "model", $"repeat {Key}", options);

        var text = await File.ReadAllTextAsync(_folder.File("model"));
        Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        Assert.Contains($"repeat {Redactor.Placeholder}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_is_named_in_the_error()
    {
        var options = new RedactionOptions();
        options.Patterns.Add("sk-[");

        var error = Assert.Throws<ArgumentException>(() => new Redactor(options));

        Assert.Contains("sk-[", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_copies_do_not_share_redaction_lists()
    {
        var original = new AgentGymOptions();
        var copy = original.Clone();

        copy.Redaction.Patterns.Add("secret");

        Assert.Empty(original.Redaction.Patterns);
    }
}
