using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Extensions.AI;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class JudgeCassetteTests : IDisposable
{
    private const string Verdict = """{"score": 0.9, "reasoning": "It confirms the refund of order 42."}""";

    private readonly CassetteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public sealed class JudgedAnswer
    {
        [AgentTest, Input("Please refund order 42."), JudgedBy("Confirms that the order was refunded", Threshold = 0.5)]
        public void Confirms_the_refund()
        {
        }
    }

    /// <summary>A judge model that answers every call with the same verdict, and counts the calls.</summary>
    private sealed class ScriptedJudge : IChatClient
    {
        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, Verdict)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private async Task<AgentTestRun> RunAsync(IChatClient judgeModel, RecordMode mode)
    {
        var options = new AgentGymOptions { RecordMode = mode, CassetteDirectory = _folder.Path };
        await using var runtime = AgentGymRuntime.Create(
            b =>
            {
                b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("Order 42 has been refunded.")));
                b.AddJudge(new ChatClientBuilder(judgeModel).UseAgentGymCassette(b.Options, "judge").Build());
            },
            options);
        var runs = await new AgentTestEngine(runtime).RunAsync(AttributeTestDiscoverer.Discover(typeof(JudgedAnswer)));
        return Assert.Single(runs);
    }

    [Fact]
    public async Task Judge_verdicts_are_recorded_and_replayed_without_calling_the_judge_model()
    {
        var judge = new ScriptedJudge();
        var recorded = await RunAsync(judge, RecordMode.Record);
        Assert.Equal(AgentTestStatus.Passed, recorded.Status);
        Assert.Equal(1, judge.Calls);

        var silentJudge = new ScriptedJudge();
        var replayed = await RunAsync(silentJudge, RecordMode.Replay);

        Assert.Equal(AgentTestStatus.Passed, replayed.Status);
        Assert.Equal(0, silentJudge.Calls);
        Assert.Contains("It confirms the refund of order 42.", Assert.Single(replayed.Validations).Message, StringComparison.Ordinal);
        Assert.Equal(1, Cassette.Open(_folder.File("judge")).Count);
    }
}
