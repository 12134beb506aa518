using AgentGym.Agents;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Definitions;

/// <summary>
/// One agent test case, as every front end sees it: a test method (or none, for a declarative test) paired with one agent
/// and one input. Discovery makes one definition per agent and per input of a test method.
/// </summary>
public sealed class AgentTestDefinition
{
    /// <summary>Gets the stable, unique key of this case, such as <c>Support.Tests.Refund[agent=gpt][input=1]</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the full name of the test, without agent and input: <c>Namespace.Class.Method</c>.</summary>
    public required string FullName { get; init; }

    /// <summary>Gets the name shown to people, with the agent and the input.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Gets the registered name of the agent, or <see langword="null"/> to use the only registered agent.</summary>
    public string? AgentName { get; init; }

    /// <summary>Gets the test type.</summary>
    public AgentTestType Type { get; init; }

    /// <summary>Gets the input the engine sends to the agent, or <see langword="null"/> when the test method drives the agent.</summary>
    public AgentRequest? Input { get; init; }

    /// <summary>
    /// Gets the scripted turns of a conversation test, in order: the engine sends each to the agent in one conversation and
    /// judges each answer with the turn's validators. Empty for a test of one input.
    /// </summary>
    public IReadOnlyList<TurnDefinition> Turns { get; init; } = [];

    /// <summary>Gets the simulated user that holds the conversation with the agent, or <see langword="null"/>.</summary>
    public UserSimulation? UserSimulation { get; init; }

    /// <summary>Gets whether the test is a conversation of several turns (scripted or with a simulated user).</summary>
    public bool IsConversation => Turns.Count > 0 || UserSimulation is not null;

    /// <summary>Gets the position of <see cref="Input"/> among the test's inputs (0-based), or <see langword="null"/>.</summary>
    public int? InputIndex { get; init; }

    /// <summary>Gets the validators that judge each response; in a conversation, the whole conversation (see <see cref="Turns"/>).</summary>
    public IReadOnlyList<IValidator> Validators { get; init; } = [];

    /// <summary>Gets the timeout of one attempt, or <see langword="null"/> for the configured default.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Gets how many times a failing run is tried again.</summary>
    public int Retries { get; init; }

    /// <summary>Gets how many times the test runs (pass@k and pass^k); 0 takes the type's default (see <see cref="EffectiveRuns"/>).</summary>
    public int Runs { get; init; }

    /// <summary>Gets the share of runs that must pass, from 0 (exclusive) to 1.</summary>
    public double PassThreshold { get; init; } = 1.0;

    /// <summary>Gets how many simultaneous calls a <see cref="AgentTestType.Stress"/> test fires.</summary>
    public int Concurrency { get; init; } = 1;

    /// <summary>Gets the tools the agent must offer, else the test is skipped.</summary>
    public IReadOnlyList<string> RequiredTools { get; init; } = [];

    /// <summary>Gets the services that must be registered in the startup's container, else the test is skipped.</summary>
    public IReadOnlyList<Type> RequiredServices { get; init; } = [];

    /// <summary>Gets why the test is skipped, or <see langword="null"/> to run it.</summary>
    public string? SkipReason { get; init; }

    /// <summary>Gets what is wrong with the test's declaration; such a test never runs and ends with status <c>Error</c> (a failed test in VSTest) and this message.</summary>
    public string? DefinitionError { get; init; }

    /// <summary>Gets the method behind the test, or <see langword="null"/> for a declarative test.</summary>
    public TestMethod? Method { get; init; }

    /// <summary>
    /// Gets the code each attempt runs after sending <see cref="Input"/>: by default a call of <see cref="Method"/>; a front end
    /// may set a body of its own (the benchmark runner does). <see langword="null"/> when there is neither.
    /// </summary>
    public AgentTestBody? Body
    {
        get => _body ??= Method is null ? null : new TestMethodBody(Method);
        init => _body = value;
    }

    private AgentTestBody? _body;

    /// <summary>Gets the full path of the file that declares the test, when known.</summary>
    public string? SourceFile { get; init; }

    /// <summary>Gets the line that declares the test, when known.</summary>
    public int? SourceLine { get; init; }

    /// <summary>Gets the path of the declarative test file (<c>*.agenttest.json</c> or <c>.yaml</c>) relative to the test assembly's folder, or <see langword="null"/> for an attributed test.</summary>
    public string? TestFile { get; init; }

    /// <summary>Gets the security probe this case applies (<c>[SecurityProbes]</c>, or <c>probes</c> in a declarative file), or <see langword="null"/>.</summary>
    public Security.SecurityProbeCase? Probe { get; init; }

    /// <summary>Gets extra name/value traits for filtering, beyond the test type and the agent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Traits { get; init; } = [];

    /// <summary>Gets how many runs the test makes once its type's defaults apply.</summary>
    public int EffectiveRuns => Type switch
    {
        AgentTestType.Stress => Math.Max(Concurrency, Runs),
        AgentTestType.Performance when Runs == 0 => DefaultPerformanceRuns,
        _ => Math.Max(1, Runs),
    };

    /// <summary>The number of runs a performance test makes when it does not set <c>Runs</c>.</summary>
    public const int DefaultPerformanceRuns = 10;

    /// <inheritdoc />
    public override string ToString() => DisplayName;
}
