using System.Text.Json;
using AgentGym.Attributes;
using AgentGym.Sdk;
using AgentGym.Tests.Fakes;
using AgentGym.Tests.Storage;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Conversations;

public sealed class ConversationStoreTests : IDisposable
{
    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    public sealed class TwoTurns
    {
        [AgentTest]
        [Turn("I want a refund.")]
        [Turn("It is order 42.")]
        [ExpectText(Contains = "order number", Turn = 1)]
        [ExpectText(Contains = "refunded")]
        public void Refunds_after_asking()
        {
        }
    }

    [Fact]
    public async Task The_store_keeps_every_turn_with_its_answer_tool_calls_metrics_and_verdicts()
    {
        var run = Assert.Single(await EngineHarness.RunAsync<TwoTurns>(b => b.AddAgent("desk", new RefundDeskAgent())));
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(StoredResults.Run());

        store.RecordTestRun(runId, run);

        var stored = Assert.Single(store.GetTestRuns(runId));
        using var json = JsonDocument.Parse(stored.ConversationJson!);
        var turns = json.RootElement.GetProperty("turns");
        Assert.Equal(2, turns.GetArrayLength());
        Assert.Equal("It is order 42.", turns[1].GetProperty("user").GetString());
        Assert.Equal("Order 42 has been refunded.", turns[1].GetProperty("agent").GetString());
        Assert.Equal("refund_order", turns[1].GetProperty("tool_calls")[0].GetProperty("name").GetString());
        Assert.Equal(15, turns[0].GetProperty("metrics").GetProperty("total_tokens").GetInt64());
        Assert.True(turns[0].GetProperty("validations")[0].GetProperty("passed").GetBoolean());
        Assert.Equal("Order 42 has been refunded.", stored.ResponseText);
    }

    [Fact]
    public void A_test_of_one_input_stores_no_conversation()
    {
        using var store = new SqliteResultStore(_file.Path);
        var runId = store.BeginRun(StoredResults.Run());

        store.RecordTestRun(runId, StoredResults.Result());

        Assert.Null(Assert.Single(store.GetTestRuns(runId)).ConversationJson);
    }
}
