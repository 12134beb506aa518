using System.Collections.Concurrent;
using System.Globalization;
using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Results;
using AgentGym.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Tests.Execution;

public sealed class TestClassTests
{
    private static readonly IAgent Echo = Agent.FromDelegate("echo", request => new AgentResponse(request.Task));

    [Fact]
    public async Task Each_case_gets_a_test_class_of_its_own_that_is_disposed_after_it()
    {
        var runs = await EngineHarness.RunAsync<Disposable>(b => b.AddAgent(Echo.Name, Echo));

        Assert.All(runs, run => Assert.Equal(AgentTestStatus.Passed, run.Status));
        Assert.Equal(3, Disposable.Disposed.Distinct().Count());
    }

    [Fact]
    public async Task A_test_class_whose_constructor_throws_fails_with_that_exception()
    {
        var run = await EngineHarness.RunSingleAsync<ThrowsInConstructor>(Echo);

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal(typeof(FormatException).FullName, run.Error!.Type);
        Assert.Equal(ThrowsInConstructor.Message, run.Error.Message);
    }

    [Fact]
    public async Task A_test_class_gets_registered_services_through_its_constructor()
    {
        var runs = await EngineHarness.RunAsync<NeedsService>(b =>
        {
            b.AddAgent(Echo.Name, Echo);
            b.Services.AddSingleton<IFormatProvider>(CultureInfo.InvariantCulture);
        });

        Assert.Equal(AgentTestStatus.Passed, Assert.Single(runs).Status);
    }

    public sealed class Disposable : IDisposable
    {
        public static ConcurrentBag<Disposable> Disposed { get; } = [];

        [AgentTest, Input("one"), Input("two"), Input("three")]
        public void Runs(AgentResponse response) => Assert.NotNull(response);

        public void Dispose() => Disposed.Add(this);
    }

    public sealed class ThrowsInConstructor
    {
        public const string Message = "The fixture is not ready.";

        public ThrowsInConstructor() => throw new FormatException(Message);

        [AgentTest, Input("hi")]
        public void Runs()
        {
        }
    }

    public sealed class NeedsService(IFormatProvider provider)
    {
        [AgentTest, Input("hi")]
        public void Runs() => Assert.Same(CultureInfo.InvariantCulture, provider);
    }
}
