using System.Diagnostics;
using System.Text.RegularExpressions;
using AgentGym.Agents;
using AgentGym.Definitions;
using AgentGym.Metrics;
using AgentGym.Results;
using Microsoft.Extensions.AI;

namespace AgentGym.Execution;

/// <summary>
/// Holds the conversation of one attempt of a conversation test: sends the scripted turns, or the simulated user's messages,
/// to the agent in one <see cref="AgentConversation"/>, measures each turn, and keeps every turn (also when the attempt
/// times out half way) for the result.
/// </summary>
internal sealed class ConversationRunner
{
    private static readonly TimeSpan StopPatternTimeout = TimeSpan.FromSeconds(1);

    private readonly AgentTestDefinition _test;
    private readonly MetricsScope _scope;
    private readonly List<ConversationTurn> _turns = [];
    private readonly Lock _lock = new();
    private string? _end;

    public ConversationRunner(AgentTestDefinition test, MetricsScope scope)
    {
        _test = test;
        _scope = scope;
    }

    /// <summary>Gets the turns made so far.</summary>
    public IReadOnlyList<ConversationTurn> Turns
    {
        get
        {
            lock (_lock)
                return [.. _turns];
        }
    }

    /// <summary>Gets why the conversation ended, once it has.</summary>
    public string? End => Volatile.Read(ref _end);

    /// <summary>Gets the last turn's request, once there is one.</summary>
    public AgentRequest? LastRequest => Turns.LastOrDefault()?.Request;

    /// <summary>Holds the conversation to its end.</summary>
    /// <returns>The whole conversation as one response: the last answer's text and output, every turn's tool calls and usage, and every message.</returns>
    public async Task<AgentResponse?> RunAsync(IAgent agent, IServiceProvider services, CancellationToken cancellationToken)
    {
        var conversation = new AgentConversation();
        var simulation = _test.UserSimulation;
        var simulator = simulation is null ? null : UserSimulator.For(simulation, services);
        var stopWhen = simulation?.StopWhen is { Length: > 0 } pattern ? new Regex(pattern, RegexOptions.CultureInvariant, StopPatternTimeout) : null;
        var maxTurns = simulation?.MaxTurns ?? _test.Turns.Count;
        for (var number = 1; number <= maxTurns; number++)
        {
            var text = simulator is null ? _test.Turns[number - 1].Text : await simulator.NextMessageAsync(conversation, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                if (number == 1)
                    throw new UserSimulatorException($"The user simulator ended the conversation ({UserSimulation.StopToken}) before saying anything; it must open the conversation.");
                Volatile.Write(ref _end, $"the simulated user ended the conversation after {number - 1} turn(s) ({UserSimulation.StopToken})");
                break;
            }

            var response = await TurnAsync(agent, conversation, number, text, simulator is not null, cancellationToken).ConfigureAwait(false);
            if (stopWhen is not null && stopWhen.IsMatch(response.Text))
            {
                Volatile.Write(ref _end, $"the agent's answer on turn {number} matched StopWhen \"{stopWhen}\"");
                break;
            }

            if (simulator is not null && number == maxTurns)
                Volatile.Write(ref _end, $"the turn limit of {maxTurns} turn(s) was reached before the simulated user ended the conversation");
        }

        return Combine(Turns, conversation);
    }

    private async Task<AgentResponse> TurnAsync(IAgent agent, AgentConversation conversation, int number, string text, bool simulated, CancellationToken cancellationToken)
    {
        var request = new AgentRequest(text) { Conversation = conversation };
        var turn = new ConversationTurn { Number = number, Request = request, IsSimulated = simulated };
        lock (_lock)
            _turns.Add(turn);
        var before = _scope.Snapshot();
        var clock = Stopwatch.StartNew();
        AgentResponse? response = null;
        try
        {
            response = await agent.RunAsync(request, cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            var measured = turn with { Response = response, Metrics = _scope.Snapshot().Since(before, clock.Elapsed) };
            lock (_lock)
                _turns[number - 1] = measured;
            if (response is not null)
                conversation.Continue(request, response);
        }
    }

    private static AgentResponse? Combine(IReadOnlyList<ConversationTurn> turns, AgentConversation conversation)
    {
        var answered = turns.Where(t => t.Response is not null).Select(t => t.Response!).ToList();
        if (answered.Count == 0)
            return null;
        var last = answered[^1];
        var usages = answered.Where(r => r.Usage is not null).Select(r => r.Usage!).ToList();
        UsageDetails? usage = null;
        if (usages.Count > 0)
        {
            usage = new UsageDetails();
            foreach (var part in usages)
                usage.Add(part);
        }

        return new AgentResponse(last.Text)
        {
            Output = last.Output,
            ToolCalls = [.. answered.SelectMany(r => r.ToolCalls)],
            // One turn that did not say which tools it called leaves the conversation's list incomplete.
            ToolCallsReported = answered.All(r => r.ToolCallsReported),
            Usage = usage,
            Messages = conversation.Messages,
        };
    }
}
