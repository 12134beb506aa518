using AgentGym.Agents;
using AgentGym.Results;
using AgentGym.Tests.Fakes;

namespace AgentGym.Tests.Discovery.Declarative;

public sealed class DeclarativeRunTests
{
    [Fact]
    public async Task A_file_test_sends_its_input_with_context_and_applies_its_rules_through_the_engine()
    {
        using var folder = new TestFileFolder().With("echo.agenttest.yaml", """
            - name: echoes the customer
              agent: echo
              input: { task: hello, context: { customer: c-7 } }
              validation_rules:
                - contains: "hello c-7"
            - name: expects a goodbye
              agent: echo
              input: hello
              validation_rules:
                - contains: goodbye
            - name: is broken
              input: hello
              retries: -1
            """);
        var echo = Agent.FromDelegate("echo", r => new AgentResponse($"{r.Task} {r.Context.GetValueOrDefault("customer")}".Trim()));

        var runs = await Gym.RunAsync(folder.Discover(), b => b.AddAgent("echo", echo));

        Assert.Equal([AgentTestStatus.Passed, AgentTestStatus.Failed, AgentTestStatus.Error], runs.Select(r => r.Status));
        Assert.Contains("goodbye", runs[1].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("echo.agenttest.yaml:13: [2].retries: is too small", runs[2].Error!.Message, StringComparison.Ordinal);
    }
}
