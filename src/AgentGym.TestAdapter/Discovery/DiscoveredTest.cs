using AgentGym.Definitions;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>An agent test paired with the test case that stands for it in the test platform.</summary>
/// <param name="Key">The test's unique key within its assembly: the definition id.</param>
/// <param name="Definition">The engine's definition.</param>
/// <param name="TestCase">The test platform's test case.</param>
/// <param name="BenchmarkClass">For an agent benchmark, its class (the definition then only names it); otherwise <see langword="null"/>.</param>
internal sealed record DiscoveredTest(string Key, AgentTestDefinition Definition, TestCase TestCase, Type? BenchmarkClass = null);
