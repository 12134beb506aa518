using AgentGym.Agents.Http;
using AgentGym.Recording;
using AgentGym.Remote.Tests.Support;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class HttpCassetteTests(LoopbackServer server) : IClassFixture<LoopbackServer>, IDisposable
{
    // Nothing listens on port 1 of 127.0.0.1: a replay that touched the network would fail.
    private static readonly Uri Nowhere = new("http://127.0.0.1:1/agent");

    private readonly CassetteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<AgentGym.Agents.AgentResponse> AskAsync(Uri endpoint, RecordMode mode, string task, Action<HttpAgentOptions>? configure = null) =>
        RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o =>
        {
            (o.Endpoint, o.MaxRetries) = (endpoint, 0);
            configure?.Invoke(o);
        }), "remote", task, RemoteGym.Recording(mode, _folder));

    [Fact]
    public async Task A_recorded_exchange_replays_with_no_network()
    {
        var recorded = await AskAsync(server.Url("agent"), RecordMode.Record, "Where is order 42?");

        var replayed = await AskAsync(Nowhere, RecordMode.Replay, "Where is order 42?");

        Assert.Equal(Describe.Response(recorded), Describe.Response(replayed));
    }

    [Fact]
    public async Task Auto_records_a_miss_and_replays_a_hit()
    {
        await AskAsync(server.Url("agent"), RecordMode.Auto, "first");
        var before = server.Requests("agent");

        var replayed = await AskAsync(server.Url("agent"), RecordMode.Auto, "first");
        var recorded = await AskAsync(server.Url("agent"), RecordMode.Auto, "second");

        Assert.Equal("echo: first", replayed.Text);
        Assert.Equal("echo: second", recorded.Text);
        Assert.Equal(before + 1, server.Requests("agent"));
        Assert.Equal(2, Cassette.Open(_folder.File("remote")).Count);
    }

    [Fact]
    public async Task Transient_failures_are_not_recorded()
    {
        var path = $"agent/unavailable/{Guid.NewGuid():N}";

        var response = await AskAsync(server.Url(path), RecordMode.Record, "hello", o => (o.MaxRetries, o.RetryDelay) = (2, TimeSpan.FromMilliseconds(10)));

        Assert.Equal("echo: hello", response.Text);
        var text = await File.ReadAllTextAsync(_folder.File("remote"));
        // The path holds a random id, so look for the failed exchange's status, not for the digits anywhere.
        Assert.DoesNotMatch(@"""status""\s*:\s*503", text);
        Assert.Matches(@"""status""\s*:\s*200", text);
        Assert.Single(Cassette.Open(_folder.File("remote")).GetKeys());
    }

    [Fact]
    public async Task A_replay_miss_names_the_request_and_the_cassette()
    {
        await AskAsync(server.Url("agent"), RecordMode.Record, "recorded task");

        var error = await Assert.ThrowsAsync<ReplayMissException>(() => AskAsync(Nowhere, RecordMode.Replay, "a task nobody recorded"));

        Assert.Contains("a task nobody recorded", error.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.File("remote"), error.Message, StringComparison.Ordinal);
        Assert.Contains("POST", error.Message, StringComparison.Ordinal);
        Assert.Contains("AGENTGYM_RECORD_MODE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_is_byte_for_byte_deterministic_across_two_runs()
    {
        await AskAsync(server.Url("agent"), RecordMode.Record, "one");
        await AskAsync(server.Url("agent"), RecordMode.Record, "two");
        var cassette = await File.ReadAllBytesAsync(_folder.File("remote"));

        var first = Describe.Response(await AskAsync(Nowhere, RecordMode.Replay, "two"));
        var second = Describe.Response(await AskAsync(Nowhere, RecordMode.Replay, "two"));

        Assert.Equal(first, second);
        Assert.Equal(cassette, await File.ReadAllBytesAsync(_folder.File("remote")));
    }

    [Fact]
    public async Task Recording_the_same_exchanges_twice_gives_the_same_bytes()
    {
        using var other = new CassetteFolder();
        foreach (var folder in new[] { _folder, other })
        {
            foreach (var task in new[] { "b", "a", "c" })
            {
                await RemoteGym.AskAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent")), "remote", task, RemoteGym.Recording(RecordMode.Record, folder));
            }
        }

        Assert.Equal(await File.ReadAllBytesAsync(_folder.File("remote")), await File.ReadAllBytesAsync(other.File("remote")));
    }

    [Fact]
    public async Task Concurrent_recordings_to_one_cassette_keep_every_exchange()
    {
        var tasks = Enumerable.Range(0, 40).Select(i => AskAsync(server.Url("agent"), RecordMode.Record, $"task {i}"));

        await Task.WhenAll(tasks);

        var reread = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(_folder.File("remote")))!;
        Assert.Equal(40, reread["exchanges"]!.AsArray().Count);
    }
}
