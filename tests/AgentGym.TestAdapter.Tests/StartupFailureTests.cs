using AgentGym.TestAdapter.Fixtures.FailingStartup;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class StartupFailureTests
{
    [Fact]
    public void Every_test_of_an_assembly_whose_startup_class_fails_fails_with_the_startup_error()
    {
        var discovered = AdapterDriver.Discover(AdapterDriver.FailingStartupSource);

        var handle = AdapterDriver.RunAll(AdapterDriver.FailingStartupSource);

        Assert.Equal(2, discovered.Count);
        Assert.Equal(discovered.Select(t => t.Id).Order(), handle.Results.Select(r => r.TestCase.Id).Order());
        Assert.All(handle.Results, r =>
        {
            Assert.Equal(TestOutcome.Failed, r.Outcome);
            Assert.Contains(typeof(FailingStartup).FullName!, r.ErrorMessage, StringComparison.Ordinal);
            Assert.Contains(FailingStartup.Message, r.ErrorMessage, StringComparison.Ordinal);
            Assert.Contains($"{nameof(FailingStartup)}.{nameof(FailingStartup.Configure)}", r.ErrorStackTrace, StringComparison.Ordinal);
        });
        Assert.Contains(handle.Warnings, w => w.Contains(FailingStartup.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_startup_in_one_assembly_does_not_stop_the_tests_of_another()
    {
        var handle = new FakeFrameworkHandle();
        new AgentGymTestAdapter().RunTests([AdapterDriver.FailingStartupSource, AdapterDriver.FixtureSource], new FakeRunContext("FullyQualifiedName~StartupDependentTests|TestType=Security"), handle);

        Assert.Equal(3, handle.Results.Count);
        Assert.Equal(TestOutcome.Passed, Assert.Single(handle.Results, r => r.TestCase.Source == AdapterDriver.FixtureSource).Outcome);
    }
}
