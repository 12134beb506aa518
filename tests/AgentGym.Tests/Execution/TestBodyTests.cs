using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Tests.Execution;

public sealed class TestBodyTests
{
    private sealed class AskBody(string task) : AgentTestBody
    {
        public override Task<AgentResponse?> InvokeAsync(AgentTestBodyContext context) =>
            context.Agent.RunAsync(new AgentRequest(task), context.CancellationToken)!;
    }

    private static AgentTestDefinition Supplied(string task, params IValidator[] validators) => new()
    {
        Id = "supplied",
        FullName = "supplied",
        DisplayName = "supplied",
        Body = new AskBody(task),
        Validators = validators,
    };

    [Fact]
    public async Task Attempt_of_a_supplied_body_is_validated_and_measured_by_the_engine()
    {
        var agent = Agent.FromDelegate("echo", r => new AgentResponse("echo: " + r.Task) { Usage = new() { InputTokenCount = 3, OutputTokenCount = 4, TotalTokenCount = 7 } });
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("echo", agent));

        var attempt = await new AgentTestEngine(runtime).RunAttemptAsync(Supplied("refund", new RegexValidator("^echo: refund$")), agent, "echo", run: 3);

        Assert.Equal(AgentTestStatus.Passed, attempt.Status);
        Assert.Equal(3, attempt.Run);
        Assert.Equal(7, attempt.Metrics.TotalTokens);
        Assert.True(Assert.Single(attempt.Validations).Passed);
    }

    [Fact]
    public async Task Attempt_of_a_supplied_body_fails_when_a_validator_fails()
    {
        var agent = Agent.FromDelegate("echo", r => new AgentResponse("echo: " + r.Task));
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("echo", agent));

        var attempt = await new AgentTestEngine(runtime).RunAttemptAsync(Supplied("status", new RegexValidator("refund")), agent, "echo");

        Assert.Equal(AgentTestStatus.Failed, attempt.Status);
        Assert.Equal("ValidationFailed", attempt.Error?.Type);
    }

    [Fact]
    public async Task Attempt_of_a_supplied_body_is_an_error_when_the_agent_throws()
    {
        var agent = Agent.FromDelegate("broken", (_, _) => Task.FromException<AgentResponse>(new InvalidOperationException("down")));
        await using var runtime = AgentGymRuntime.Create(b => b.AddAgent("broken", agent));

        var attempt = await new AgentTestEngine(runtime).RunAttemptAsync(Supplied("status"), agent, "broken");

        Assert.Equal(AgentTestStatus.Error, attempt.Status);
    }

    public sealed class MethodTests
    {
        [AgentTest]
        public static AgentResponse Answers() => new("from the method");
    }

    [Fact]
    public void Attributed_test_gets_its_method_as_body()
    {
        var test = Assert.Single(AgentGym.Sdk.AttributeTestDiscoverer.Discover(typeof(MethodTests)));

        Assert.NotNull(test.Body);
    }
}
