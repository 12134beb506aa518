using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Tests.Execution;

/// <summary>Startup, factory and constructor failures are named as what they are, with their stack.</summary>
public sealed class AgentCreationTests
{
    public sealed class OneInput
    {
        [AgentTest, Input("hi")]
        public void Runs()
        {
        }
    }

    public sealed class AgentWithFailingConstructor : IAgent
    {
        public AgentWithFailingConstructor() => throw new InvalidOperationException("the model name is missing");

        public string Name => "ctor";

        public Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default) => Task.FromResult(new AgentResponse());
    }

    [Fact]
    public async Task A_factory_that_throws_is_reported_as_such_with_its_stack()
    {
        var run = await Gym.RunAsync<OneInput>(b => b.AddAgent("support", _ => ThrowingFactory()));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Equal("AgentCreationFailed", run.Error!.Type);
        Assert.Contains("The agent 'support' could not be created", run.Error.Message, StringComparison.Ordinal);
        Assert.Contains("no endpoint configured", run.Error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ThrowingFactory), run.Error.StackTrace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_constructor_that_throws_is_reported_as_such_with_its_stack()
    {
        var run = await Gym.RunAsync<OneInput>(b => b.AddAgent("ctor", s => ActivatorUtilities.CreateInstance<AgentWithFailingConstructor>(s)));

        Assert.Equal("AgentCreationFailed", run.Error!.Type);
        Assert.Contains("the model name is missing", run.Error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AgentWithFailingConstructor), run.Error.StackTrace, StringComparison.Ordinal);
    }

    private static IAgent ThrowingFactory() => throw new InvalidOperationException("no endpoint configured");
}
