using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>One run of every fixture test, shared by the tests that read its results.</summary>
public sealed class FullRunFixture
{
    public FullRunFixture()
    {
        Discovered = AdapterDriver.Discover(AdapterDriver.FixtureSource);
        Handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource);
    }

    public IReadOnlyList<TestCase> Discovered { get; }

    public FakeFrameworkHandle Handle { get; }
}
