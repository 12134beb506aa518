using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Execution;

/// <summary>A response that cannot be judged is an error with a clear message, never a pass.</summary>
public sealed class InvalidResponseTests
{
    public sealed class NoValidators
    {
        [AgentTest, Input("hi")]
        public void Runs()
        {
        }
    }

    public sealed class WithValidator
    {
        [AgentTest, Input("hi"), ExpectText(Contains = "x")]
        public void Runs()
        {
        }
    }

    [Fact]
    public async Task Null_text_is_an_error_even_without_validators()
    {
        var run = await Gym.RunAsync<NoValidators>(b => b.AddAgent("a", Agent.FromDelegate("a", _ => new AgentResponse("x") { Text = null! })));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("Text must not be null", run.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Null_text_is_an_error_not_a_validator_crash()
    {
        var run = await Gym.RunAsync<WithValidator>(b => b.AddAgent("a", Agent.FromDelegate("a", _ => new AgentResponse("x") { Text = null! })));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.DoesNotContain(nameof(NullReferenceException), run.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "has no name (null)")]
    [InlineData(" ", "has no name (blank)")]
    public async Task A_tool_call_without_a_name_is_an_error_that_names_the_call(string? name, string expected)
    {
        var run = await Gym.RunAsync<NoValidators>(b => b.AddAgent("a", Agent.FromDelegate("a", _ =>
            new AgentResponse("done") { ToolCalls = [new ToolCall("lookup"), new ToolCall(name!)] })));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Equal(typeof(InvalidAgentResponseException).FullName, run.Error!.Type);
        Assert.Contains($"tool call #2 {expected}", run.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_response_is_an_error()
    {
        var run = await Gym.RunAsync<NoValidators>(b => b.AddAgent("a", Agent.FromDelegate("a", (_, _) => Task.FromResult<AgentResponse>(null!))));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("Agent 'a' returned null instead of an AgentResponse", run.Error!.Message, StringComparison.Ordinal);
    }
}
