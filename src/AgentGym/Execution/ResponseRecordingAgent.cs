using AgentGym.Agents;
using AgentGym.Metrics;

namespace AgentGym.Execution;

/// <summary>
/// The agent a test body gets: it passes calls through, keeps the last response (validators judge it when the method
/// returns none), adds the usage the agent reports to the attempt's metrics, and remembers an exception the agent threw,
/// so that the engine can tell an agent error from a failed assertion.
/// </summary>
internal sealed class ResponseRecordingAgent : DelegatingAgent
{
    private readonly MetricsScope _scope;
    private AgentResponse? _lastResponse;
    private Exception? _agentException;

    public ResponseRecordingAgent(IAgent innerAgent, MetricsScope scope)
        : base(innerAgent) => _scope = scope;

    public AgentResponse? LastResponse => Volatile.Read(ref _lastResponse);

    public Exception? AgentException => Volatile.Read(ref _agentException);

    public override async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        AgentResponse response;
        try
        {
            var returned = await base.RunAsync(request, cancellationToken).ConfigureAwait(false);
            InvalidAgentResponseException.ThrowIfInvalid(Name, returned);
            response = returned!;
        }
        catch (Exception ex)
        {
            Volatile.Write(ref _agentException, ex);
            throw;
        }

        var usage = response.Usage;
        if (usage is not null)
            _scope.Reported.AddCall(usage.InputTokenCount, usage.OutputTokenCount, usage.TotalTokenCount, response.ToolCallsReported ? response.ToolCalls.Count : null);
        else if (response.ToolCallsReported)
            _scope.Reported.AddToolCalls(response.ToolCalls.Count);
        Volatile.Write(ref _lastResponse, response);
        return response;
    }
}
