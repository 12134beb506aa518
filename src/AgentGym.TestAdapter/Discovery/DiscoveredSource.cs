using System.Reflection;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>A test assembly, loaded, with its agent tests.</summary>
/// <param name="Source">The path the test platform gave.</param>
/// <param name="Assembly">The loaded assembly.</param>
/// <param name="Tests">Its agent tests, in discovery order.</param>
internal sealed record DiscoveredSource(string Source, Assembly Assembly, IReadOnlyList<DiscoveredTest> Tests);
