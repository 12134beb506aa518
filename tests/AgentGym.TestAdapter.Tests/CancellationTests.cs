using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests;

public sealed class CancellationTests
{
    private static readonly string OneAtATime = AdapterDriver.AgentGymSettings("<MaxConcurrency>1</MaxConcurrency>");

    [Fact]
    public void Cancel_stops_the_run_and_tests_that_did_not_start_are_not_reported()
    {
        var discovered = AdapterDriver.Discover(AdapterDriver.FixtureSource);
        var timesOut = discovered.CaseOf(AdapterDriver.FullName<BrokenTests>(nameof(BrokenTests.TimesOut)));
        var adapter = new AgentGymTestAdapter();
        var handle = new FakeFrameworkHandle { OnStart = _ => adapter.Cancel() };

        AdapterDriver.RunSelected([timesOut, .. discovered.Where(t => t.Id != timesOut.Id)], OneAtATime, handle, adapter);

        // Cancelled before its one-second timeout could fire: reported as not run, not as a timeout.
        Assert.Equal(timesOut.Id, Assert.Single(handle.Started).Id);
        var result = Assert.Single(handle.Results);
        Assert.Equal(TestOutcome.None, result.Outcome);
        Assert.StartsWith("[Cancelled]", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(TestOutcome.None, Assert.Single(handle.Ended).Outcome);
    }

    [Fact]
    public void A_record_refused_because_the_platform_cancelled_stops_the_run()
    {
        var discovered = AdapterDriver.Discover(AdapterDriver.FixtureSource);
        var passes = discovered.CaseOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes)));
        var handle = new FakeFrameworkHandle();
        handle.OnStart = _ => handle.RefusesRecords = true;

        AdapterDriver.RunSelected([passes, .. discovered.Where(t => t.Id != passes.Id)], OneAtATime, handle);

        Assert.Equal(passes.Id, Assert.Single(handle.Started).Id);
        Assert.NotEmpty(handle.Refused);
        Assert.All(handle.Refused, t => Assert.Equal(passes.Id, t.Id));
        Assert.Empty(handle.Results);
    }

    [Fact]
    public void Cancel_without_a_run_does_nothing_and_does_not_throw()
    {
        var adapter = new AgentGymTestAdapter();

        adapter.Cancel();
        adapter.Cancel();
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "TestType=Security", adapter: adapter);

        Assert.Equal(TestOutcome.Passed, Assert.Single(handle.Results).Outcome);
    }
}
