using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Cli.Tests;

/// <summary><c>agentgym runs show</c> shows the conversation a multi-turn test kept in the store, as text and as JSON.</summary>
public sealed class ConversationShowTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Runs_show_writes_each_turn_of_a_multi_turn_test_under_the_table()
    {
        var run = RecordConversation();

        var (exit, output) = _cli.Run("runs", "show", run.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("Support.Refund (support) (Failed):", output, StringComparison.Ordinal);
        Assert.Contains("Conversation: 2 turn(s) with a simulated user; the simulated user ended the conversation ([DONE])", output, StringComparison.Ordinal);
        Assert.Contains("Turn 1 · duration 104 ms · tokens 99 (in 79, out 20) · LLM calls 1 · tool calls 0", output, StringComparison.Ordinal);
        Assert.Contains("user (simulated): I want a refund.", output, StringComparison.Ordinal);
        Assert.Contains("agent: Which order is it?", output, StringComparison.Ordinal);
        Assert.Contains("tool call: refund_order(orderId: 47)", output, StringComparison.Ordinal);
        Assert.Contains("FAIL ExpectText(Contains = \"refunded\"): expected the text to contain \"refunded\"", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("Turn 1", StringComparison.Ordinal) < output.IndexOf("Turn 2", StringComparison.Ordinal), output);
    }

    [Fact]
    public void Runs_show_as_json_holds_the_conversation_as_an_object()
    {
        var run = RecordConversation();

        var (exit, output) = _cli.Run("runs", "show", run.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var test = json.RootElement.GetProperty("tests")[0];
        Assert.False(test.TryGetProperty("conversationJson", out _));
        var turns = test.GetProperty("conversation").GetProperty("turns");
        Assert.Equal(2, turns.GetArrayLength());
        Assert.Equal("It is order 47.", turns[1].GetProperty("user").GetString());
        Assert.Equal("refund_order", turns[1].GetProperty("tool_calls")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("tests")[1].GetProperty("conversation").ValueKind);
    }

    private long RecordConversation()
    {
        using var store = new SqliteResultStore(_cli.StorePath);
        var runId = store.BeginRun(new RunInfo { Source = "Support.Tests.dll" });
        var turns = new[]
        {
            new ConversationTurn
            {
                Number = 1,
                IsSimulated = true,
                Request = new AgentRequest("I want a refund."),
                Response = new AgentResponse("Which order is it?") { ToolCalls = [] },
                Metrics = new AgentMetrics { InputTokens = 79, OutputTokens = 20, TotalTokens = 99, LlmCalls = 1, ToolCalls = 0, Duration = TimeSpan.FromMilliseconds(104) },
            },
            new ConversationTurn
            {
                Number = 2,
                IsSimulated = true,
                Request = new AgentRequest("It is order 47."),
                Response = new AgentResponse("Done.") { ToolCalls = [new ToolCall("refund_order", new Dictionary<string, object?> { ["orderId"] = 47 })] },
                Metrics = new AgentMetrics { TotalTokens = 200, LlmCalls = 2, ToolCalls = 1, Duration = TimeSpan.FromMilliseconds(80) },
                Validations = [ValidationResult.Fail("ExpectText(Contains = \"refunded\")", "expected the text to contain \"refunded\"; got \"Done.\"")],
            },
        };
        store.RecordTestRuns(runId,
        [
            Result("Support.Refund", AgentTestStatus.Failed, new AgentTestAttempt { Status = AgentTestStatus.Failed, Conversation = turns, ConversationEnd = "the simulated user ended the conversation ([DONE])" }),
            Result("Support.Status", AgentTestStatus.Passed, new AgentTestAttempt { Status = AgentTestStatus.Passed, Response = new AgentResponse("Shipped.") }),
        ]);
        store.CompleteRun(runId, DateTimeOffset.UtcNow);
        return runId;
    }

    private static AgentTestRun Result(string test, AgentTestStatus status, AgentTestAttempt attempt) => new()
    {
        Test = new AgentTestDefinition { Id = test, FullName = test, DisplayName = test + " (support)" },
        Status = status,
        AgentName = "support",
        Attempts = [attempt],
        StartedAt = DateTimeOffset.UtcNow,
        CompletedAt = DateTimeOffset.UtcNow,
    };
}
