using AgentGym.Sdk;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>A run session's item paired with the test case that stands for it in the test platform.</summary>
/// <param name="Item">The item: an agent test or a benchmark class.</param>
/// <param name="TestCase">The test platform's test case.</param>
internal sealed record DiscoveredTest(RunItem Item, TestCase TestCase)
{
    /// <summary>Gets the item's unique key within its assembly, which the test case carries.</summary>
    public string Key => Item.Id;
}
