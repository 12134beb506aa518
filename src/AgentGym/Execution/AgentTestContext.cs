using System.Text;
using AgentGym.Definitions;
using AgentGym.Metrics;

namespace AgentGym.Execution;

/// <summary>The running attempt, as seen from inside a test: its metrics so far, an output sink that lands in the result, and the cancellation token.</summary>
public sealed class AgentTestContext
{
    private static readonly AsyncLocal<AgentTestContext?> CurrentContext = new();

    private readonly StringBuilder _output;
    private readonly MetricsScope _metrics;

    internal AgentTestContext(AgentTestDefinition test, string? agentName, int run, int attempt, MetricsScope metrics, StringBuilder output, CancellationToken cancellationToken)
    {
        Test = test;
        AgentName = agentName;
        Run = run;
        Attempt = attempt;
        _metrics = metrics;
        _output = output;
        CancellationToken = cancellationToken;
    }

    /// <summary>Gets the attempt running in this async context, or <see langword="null"/> outside an agent test.</summary>
    public static AgentTestContext? Current => CurrentContext.Value;

    /// <summary>Gets the test case that is running.</summary>
    public AgentTestDefinition Test { get; }

    /// <summary>Gets the registered name of the agent under test.</summary>
    public string? AgentName { get; }

    /// <summary>Gets the run number (1-based) of a repeated test.</summary>
    public int Run { get; }

    /// <summary>Gets the attempt number (1-based) within the run; above 1 on a retry.</summary>
    public int Attempt { get; }

    /// <summary>Gets the token that is cancelled when the attempt times out or the run is cancelled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Gets the attempt's metrics so far.</summary>
    public AgentMetrics Metrics => _metrics.Snapshot();

    /// <summary>Writes a line to the test's output, shown with its result in <c>dotnet test</c>, Test Explorer and TRX.</summary>
    /// <param name="message">The line.</param>
    public void WriteLine(string message)
    {
        lock (_output)
            _output.AppendLine(message);
    }

    /// <summary>Gets the test services, for checks inside a test body that need them (an LLM judge).</summary>
    internal IServiceProvider? Services { get; init; }

    internal static void SetCurrent(AgentTestContext? context) => CurrentContext.Value = context;
}
