using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Fixtures.Benchmarks;
using AgentGym.TestAdapter.Fixtures.FailingStartup;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>Drives the real adapter the way the test host does, through the fakes.</summary>
public static class AdapterDriver
{
    /// <summary>Gets the fixture assembly with passing, failing, per-agent, skipped and broken agent tests.</summary>
    public static string FixtureSource => typeof(FixtureStartup).Assembly.Location;

    /// <summary>Gets the fixture assembly whose startup class throws.</summary>
    public static string FailingStartupSource => typeof(FailingStartup).Assembly.Location;

    /// <summary>Gets the fixture assembly with agent benchmarks.</summary>
    public static string BenchmarkSource => typeof(BenchmarkFixtureStartup).Assembly.Location;

    /// <summary>Gets the full name of a fixture test method.</summary>
    public static string FullName<TClass>(string method) => $"{typeof(TClass).FullName}.{method}";

    /// <summary>Discovers the tests of a source.</summary>
    public static IReadOnlyList<TestCase> Discover(string source, IDiscoveryContext? context = null, FakeMessageLogger? logger = null)
    {
        var sink = new FakeDiscoverySink();
        new AgentGymTestAdapter().DiscoverTests([source], context ?? new FakeDiscoveryContext(), logger ?? new FakeMessageLogger(), sink);
        return sink.TestCases;
    }

    /// <summary>Runs every test of a source that matches the filter.</summary>
    public static FakeFrameworkHandle RunAll(string source, string? filter = null, string? settingsXml = null, FakeFrameworkHandle? handle = null, AgentGymTestAdapter? adapter = null)
    {
        handle ??= new FakeFrameworkHandle();
        (adapter ?? new AgentGymTestAdapter()).RunTests([source], new FakeRunContext(filter, settingsXml), handle);
        return handle;
    }

    /// <summary>Runs the given test cases, as run-selected-tests does.</summary>
    public static FakeFrameworkHandle RunSelected(IEnumerable<TestCase> testCases, string? settingsXml = null, FakeFrameworkHandle? handle = null, AgentGymTestAdapter? adapter = null)
    {
        handle ??= new FakeFrameworkHandle();
        (adapter ?? new AgentGymTestAdapter()).RunTests([.. testCases], new FakeRunContext(null, settingsXml), handle);
        return handle;
    }

    /// <summary>Makes a runsettings document with the given content in its <c>&lt;AgentGym&gt;</c> section.</summary>
    public static string AgentGymSettings(string content) => $"<RunSettings><AgentGym>{content}</AgentGym></RunSettings>";

    /// <summary>Finds the one test case of a method with a single case.</summary>
    public static TestCase CaseOf(this IEnumerable<TestCase> testCases, string fullName) =>
        Assert.Single(testCases, t => t.FullyQualifiedName == fullName);

    /// <summary>Finds the one result of a method with a single case.</summary>
    public static TestResult ResultOf(this FakeFrameworkHandle handle, string fullName) =>
        Assert.Single(handle.Results, r => r.TestCase.FullyQualifiedName == fullName);

    /// <summary>Joins a result's standard output.</summary>
    public static string StandardOutput(this TestResult result) =>
        string.Concat(result.Messages.Where(m => m.Category == TestResultMessage.StandardOutCategory).Select(m => m.Text));
}
