using AgentGym.Definitions;
using AgentGym.Hosting;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Execution;

/// <summary>
/// Runs agent test cases: many at once up to <see cref="Configuration.AgentGymOptions.MaxConcurrency"/>, since agent tests wait
/// on I/O, and tells a listener as each starts and ends. Every front end (the VSTest adapter, the command line) runs tests here.
/// </summary>
public sealed class AgentTestEngine
{
    private readonly AgentGymRuntime _runtime;
    private readonly TestCaseRunner _runner;

    /// <summary>Creates an engine over a runtime made by <see cref="AgentGymRuntime.Create(System.Reflection.Assembly, Configuration.AgentGymOptions?)"/>.</summary>
    /// <param name="runtime">The agents, services and options of the run.</param>
    public AgentTestEngine(AgentGymRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        _runtime = runtime;
        _runner = new TestCaseRunner(runtime);
        GenAiTelemetryListener.EnsureStarted();
    }

    /// <summary>Runs one test case.</summary>
    /// <param name="test">The test case.</param>
    /// <param name="cancellationToken">Cancels the run; a running attempt ends as <see cref="AgentTestStatus.Cancelled"/>.</param>
    /// <returns>The result.</returns>
    public Task<AgentTestRun> RunAsync(AgentTestDefinition test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        return _runner.RunAsync(test, cancellationToken);
    }

    /// <summary>Runs test cases concurrently and reports each to <paramref name="listener"/> as it starts and ends.</summary>
    /// <param name="tests">The test cases.</param>
    /// <param name="listener">Hears about each test; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run: no new test starts, running ones end as cancelled.</param>
    /// <returns>The results of the tests that started, in the order given.</returns>
    public async Task<IReadOnlyList<AgentTestRun>> RunAsync(IEnumerable<AgentTestDefinition> tests, IAgentTestRunListener? listener = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tests);
        using var slots = new SemaphoreSlim(_runtime.Options.MaxConcurrency);
        var running = tests.Select(test => RunInSlotAsync(test, slots, listener, cancellationToken)).ToList();
        var results = await Task.WhenAll(running).ConfigureAwait(false);
        return [.. results.OfType<AgentTestRun>()];
    }

    private async Task<AgentTestRun?> RunInSlotAsync(AgentTestDefinition test, SemaphoreSlim slots, IAgentTestRunListener? listener, CancellationToken cancellationToken)
    {
        try
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        try
        {
            // A slot freed by a cancelled test may reach a waiter before its own cancellation does.
            if (cancellationToken.IsCancellationRequested)
                return null;
            listener?.OnTestStarted(test);
            var run = await Task.Run(() => _runner.RunAsync(test, cancellationToken), CancellationToken.None).ConfigureAwait(false);
            listener?.OnTestCompleted(run);
            return run;
        }
        finally
        {
            slots.Release();
        }
    }
}
