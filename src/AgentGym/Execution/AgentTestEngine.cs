using System.Text;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Execution;
using AgentGym.Metrics;
using AgentGym.Results;

namespace AgentGym.Sdk;

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
    /// <returns>The result, with secrets redacted and long texts capped (<see cref="AgentGymRuntime.Redaction"/>).</returns>
    public async Task<AgentTestRun> RunAsync(AgentTestDefinition test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        return _runtime.Redaction.Apply(await _runner.RunAsync(test, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Runs one attempt of a test case with a given agent, as every attempt of <see cref="RunAsync(AgentTestDefinition, CancellationToken)"/>
    /// runs: metrics scope, timeout, body, metric collectors and validators. No retries, runs or skips: a front end that
    /// schedules attempts itself (the benchmark runner's iterations) calls this.
    /// </summary>
    /// <param name="test">The test case; its <see cref="AgentTestDefinition.Body"/> and validators are used.</param>
    /// <param name="agent">The agent to call.</param>
    /// <param name="agentName">The agent's registered name, as results report it.</param>
    /// <param name="run">The run (iteration) number, 1-based.</param>
    /// <param name="cancellationToken">Cancels the run; a running attempt ends as <see cref="AgentTestStatus.Cancelled"/>.</param>
    /// <returns>The attempt, with secrets redacted and long texts capped (<see cref="AgentGymRuntime.Redaction"/>).</returns>
    public async Task<AgentTestAttempt> RunAttemptAsync(AgentTestDefinition test, IAgent agent, string agentName, int run = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(agentName);
        var services = _runtime.Services ?? throw new InvalidOperationException(_runtime.StartupError ?? "The AgentGym runtime has no services.");
        var attempt = await new AttemptRunner(_runtime, services).RunAsync(test, agent, agentName, run, attempt: 1, new StringBuilder(), cancellationToken).ConfigureAwait(false);
        return _runtime.Redaction.Apply(attempt);
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
            // What leaves the engine has no secrets and no unbounded texts: listeners, reporters and stores get it so.
            run = _runtime.Redaction.Apply(run);
            listener?.OnTestCompleted(run);
            return run;
        }
        finally
        {
            slots.Release();
        }
    }
}
