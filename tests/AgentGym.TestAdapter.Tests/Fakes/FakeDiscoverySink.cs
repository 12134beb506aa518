using System.Collections.Concurrent;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>Keeps the test cases an adapter discovers.</summary>
public sealed class FakeDiscoverySink : ITestCaseDiscoverySink
{
    private readonly ConcurrentQueue<TestCase> _testCases = new();

    public IReadOnlyList<TestCase> TestCases => [.. _testCases];

    public void SendTestCase(TestCase discoveredTest) => _testCases.Enqueue(discoveredTest);
}
