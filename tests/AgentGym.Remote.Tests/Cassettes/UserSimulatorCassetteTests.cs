using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using AgentGym.Sdk;
using Microsoft.Extensions.AI;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class UserSimulatorCassetteTests : IDisposable
{
    private readonly CassetteFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public sealed class SimulatedRefund
    {
        [AgentTest]
        [SimulatedUser("Get order 42 refunded.", MaxTurns = 4)]
        [ExpectText(Contains = "refunded")]
        public void Customer_gets_the_refund()
        {
        }
    }

    /// <summary>A user simulator model that says the next of its lines on each call, and counts the calls.</summary>
    private sealed class ScriptedUser(params string[] lines) : IChatClient
    {
        public int Calls { get; private set; }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var line = Calls < lines.Length ? lines[Calls] : throw new InvalidOperationException("The scripted user has nothing left to say.");
            Calls++;
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, line)));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static AgentResponse Answer(AgentRequest request) => new(request.Task.Contains("42", StringComparison.Ordinal)
        ? "Order 42 has been refunded."
        : "Which order is it about?");

    private async Task<AgentTestRun> RunAsync(IChatClient userModel, RecordMode mode)
    {
        var options = new AgentGymOptions { RecordMode = mode, CassetteDirectory = _folder.Path };
        await using var runtime = AgentGymRuntime.Create(
            b =>
            {
                b.AddAgent("support", Agent.FromDelegate("support", Answer));
                b.AddUserSimulator(new ChatClientBuilder(userModel).UseAgentGymCassette(b.Options, "user-simulator").Build());
            },
            options);
        var runs = await new AgentTestEngine(runtime).RunAsync(AttributeTestDiscoverer.Discover(typeof(SimulatedRefund)));
        return Assert.Single(runs);
    }

    [Fact]
    public async Task The_simulated_users_lines_are_recorded_and_replayed_without_calling_its_model()
    {
        var user = new ScriptedUser("I need a refund.", "Order 42.", "[DONE]");
        var recorded = await RunAsync(user, RecordMode.Record);
        Assert.Equal(AgentTestStatus.Passed, recorded.Status);
        Assert.Equal(3, user.Calls);

        var silentUser = new ScriptedUser();
        var replayed = await RunAsync(silentUser, RecordMode.Replay);

        Assert.Equal(AgentTestStatus.Passed, replayed.Status);
        Assert.Equal(0, silentUser.Calls);
        Assert.Equal(["I need a refund.", "Order 42."], replayed.Conversation.Select(t => t.Request.Task));
        Assert.Equal(3, Cassette.Open(_folder.File("user-simulator")).Count);
    }

    [Fact]
    public async Task A_conversation_that_strays_from_the_cassette_is_an_error_that_names_the_missing_call()
    {
        await RunAsync(new ScriptedUser("I need a refund.", "Order 42.", "[DONE]"), RecordMode.Record);
        var cassette = _folder.File("user-simulator");
        // The agent now answers differently, so the simulator's second call has a prompt the cassette does not hold.
        await using var runtime = AgentGymRuntime.Create(
            b =>
            {
                b.AddAgent("support", Agent.FromDelegate("support", _ => new AgentResponse("Hello! How can I help?")));
                b.AddUserSimulator(new ChatClientBuilder(new ScriptedUser()).UseAgentGymCassette(b.Options, "user-simulator").Build());
            },
            new AgentGymOptions { RecordMode = RecordMode.Replay, CassetteDirectory = _folder.Path });

        var run = Assert.Single(await new AgentTestEngine(runtime).RunAsync(AttributeTestDiscoverer.Discover(typeof(SimulatedRefund))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("user simulator failed before turn 2", run.Error!.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(cassette), run.Error.Message, StringComparison.Ordinal);
    }
}
