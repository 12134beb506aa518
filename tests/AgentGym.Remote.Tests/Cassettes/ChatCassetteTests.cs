using AgentGym.OpenAI;
using AgentGym.Recording;
using AgentGym.Remote.Tests.OpenAI;
using AgentGym.Remote.Tests.Support;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class ChatCassetteTests(LoopbackServer server) : IClassFixture<LoopbackServer>, IDisposable
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:1/v1");

    private readonly CassetteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Task<AgentGym.Agents.AgentResponse> AskAsync(Uri endpoint, RecordMode mode, string? apiKey = "test-key") =>
        RemoteGym.AskAsync(b => b.AddOpenAIAgent("weather", endpoint, "loopback-model", apiKey, OpenAIAgentTests.WeatherTool()),
            "weather", "What is the weather in Paris?", RemoteGym.Recording(mode, _folder));

    [Fact]
    public async Task A_tool_round_trip_replays_with_no_network_and_no_key()
    {
        var recorded = await AskAsync(server.Url("v1"), RecordMode.Record);

        var replayed = await AskAsync(Nowhere, RecordMode.Replay, $"env:AGENTGYM_TEST_UNSET_{Guid.NewGuid():N}");

        Assert.Equal(Describe.Response(recorded), Describe.Response(replayed));
        Assert.Equal(2, Cassette.Open(_folder.File("weather")).Count);
    }

    [Fact]
    public async Task Replayed_model_calls_still_feed_the_metrics()
    {
        await AskAsync(server.Url("v1"), RecordMode.Record);

        var run = await RemoteGym.RunTestAsync(b => b.AddOpenAIAgent("weather", Nowhere, "loopback-model", "test-key", OpenAIAgentTests.WeatherTool()),
            "What is the weather in Paris?", RemoteGym.Recording(RecordMode.Replay, _folder));

        Assert.Equal(Results.AgentTestStatus.Passed, run.Status);
        Assert.Equal(2, run.Metrics.LlmCalls);
        Assert.Equal(1, run.Metrics.ToolCalls);
        Assert.Equal(2 * (ChatCompletionsProtocol.PromptTokens + ChatCompletionsProtocol.CompletionTokens), run.Metrics.TotalTokens);
    }

    [Fact]
    public async Task Model_replay_is_byte_for_byte_deterministic_across_two_runs()
    {
        await AskAsync(server.Url("v1"), RecordMode.Record);
        var cassette = await File.ReadAllBytesAsync(_folder.File("weather"));

        var first = Describe.Response(await AskAsync(Nowhere, RecordMode.Replay));
        var second = Describe.Response(await AskAsync(Nowhere, RecordMode.Replay));

        Assert.Equal(first, second);
        Assert.Equal(cassette, await File.ReadAllBytesAsync(_folder.File("weather")));
    }

    [Fact]
    public async Task Recording_one_conversation_twice_gives_the_same_bytes()
    {
        using var other = new CassetteFolder();
        await AskAsync(server.Url("v1"), RecordMode.Record);
        await RemoteGym.AskAsync(b => b.AddOpenAIAgent("weather", server.Url("v1"), "loopback-model", "test-key", OpenAIAgentTests.WeatherTool()),
            "weather", "What is the weather in Paris?", RemoteGym.Recording(RecordMode.Record, other));

        Assert.Equal(await File.ReadAllBytesAsync(_folder.File("weather")), await File.ReadAllBytesAsync(other.File("weather")));
    }

    [Fact]
    public async Task A_model_replay_miss_shows_the_messages()
    {
        var error = await Assert.ThrowsAsync<ReplayMissException>(() => AskAsync(Nowhere, RecordMode.Replay));

        Assert.Contains("What is the weather in Paris?", error.Message, StringComparison.Ordinal);
        Assert.Contains("get_weather", error.Message, StringComparison.Ordinal);
        Assert.Contains(_folder.File("weather"), error.Message, StringComparison.Ordinal);
    }
}
