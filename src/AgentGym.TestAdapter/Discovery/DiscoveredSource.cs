using AgentGym.Sdk;

namespace AgentGym.TestAdapter.Discovery;

/// <summary>A test assembly, loaded, with its run session and its items as test cases.</summary>
/// <param name="Source">The path the test platform gave.</param>
/// <param name="Session">The run session of the assembly; dispose it when the source has run.</param>
/// <param name="Tests">Its items, in discovery order.</param>
internal sealed record DiscoveredSource(string Source, RunSession Session, IReadOnlyList<DiscoveredTest> Tests) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
