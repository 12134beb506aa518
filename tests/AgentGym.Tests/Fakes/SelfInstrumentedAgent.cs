using System.Diagnostics;
using AgentGym.Agents;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// Agents that build their own chat client, as an app does: function invocation over Microsoft.Extensions.AI's
/// <c>UseOpenTelemetry()</c> over a scripted model, with no gym wrapper inside. They report no usage, so whatever the
/// gym measures comes from the OpenTelemetry spans. <see cref="Script"/> answers with scripted replies.
/// </summary>
public static class SelfInstrumentedAgent
{
    /// <summary>The source name of the Microsoft Agent Framework's agent spans.</summary>
    public const string AgentFrameworkSourceName = "Experimental.Microsoft.Agents.AI";

    private static readonly ActivitySource AgentFramework = new(AgentFrameworkSourceName);

    /// <summary>Picks a new <see cref="ScriptedChatClient"/> over <paramref name="replies"/> for each request.</summary>
    public static Func<AgentRequest, IChatClient> Script(Func<ChatResponse[]> replies) => _ => new ScriptedChatClient(replies());

    /// <summary>An agent that answers each request with a new pipeline over the model that <paramref name="model"/> picks.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="model">Picks the model for a request.</param>
    /// <param name="tools">The tools the model may call.</param>
    /// <param name="withAgentSpan">Wraps the run in an <c>invoke_agent</c> span that repeats the token totals, as the Agent Framework does.</param>
    public static IAgent Create(string name, Func<AgentRequest, IChatClient> model, IList<AITool>? tools = null, bool withAgentSpan = false) =>
        Agent.FromDelegate(name, async (request, cancellationToken) =>
        {
            using var agentSpan = withAgentSpan ? AgentFramework.StartActivity($"invoke_agent {name}") : null;
            agentSpan?.SetTag("gen_ai.operation.name", "invoke_agent");
            using var client = new ChatClientBuilder(model(request))
                .UseFunctionInvocation()
                .UseOpenTelemetry()
                .Build();
            var response = await client.GetResponseAsync(request.Task, new ChatOptions { Tools = tools }, cancellationToken);
            agentSpan?.SetTag("gen_ai.usage.input_tokens", response.Usage?.InputTokenCount);
            agentSpan?.SetTag("gen_ai.usage.output_tokens", response.Usage?.OutputTokenCount);
            return new AgentResponse(response.Text);
        });
}
