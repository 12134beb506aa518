using AgentGym.Agents;
using AgentGym.Execution;
using AgentGym.Sdk;

namespace AgentGym.Definitions;

/// <summary>The body of an attributed agent test: calls its <see cref="TestMethod"/> on a test class made from the services.</summary>
internal sealed class TestMethodBody(TestMethod method) : AgentTestBody
{
    public override Task<AgentResponse?> InvokeAsync(AgentTestBodyContext context) =>
        TestBodyInvoker.InvokeAsync(method, context.Services, context.Agent, context.Input, context.InputResponse, context.Test, context.CancellationToken);
}
