using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Fakes;

/// <summary>
/// A model that follows the <see cref="CallPlan"/> in the conversation's first user message: it asks for the <c>step</c>
/// tool until the conversation holds <see cref="CallPlan.ToolCalls"/> tool results, then answers. It keeps no state, so
/// one instance serves many conversations at once. With a <see cref="Rendezvous"/>, every conversation's first call
/// waits there.
/// </summary>
public sealed class PlannedChatClient(Rendezvous? afterFirstCall = null) : IChatClient
{
    /// <summary>The tool the model asks for.</summary>
    public static AIFunction StepTool { get; } = AIFunctionFactory.Create(() => "ok", "step", "Does one step.");

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        var plan = CallPlan.Parse(conversation.First(m => m.Role == ChatRole.User).Text);
        var stepsDone = conversation.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Count();

        await Task.Yield();
        if (stepsDone == 0 && afterFirstCall is not null)
            await afterFirstCall.ArriveAndWaitAsync(cancellationToken);

        return stepsDone < plan.ToolCalls
            ? ModelReply.ToolCall($"step-{stepsDone}", StepTool.Name, new Dictionary<string, object?>(), plan.InputTokens, plan.OutputTokens)
            : ModelReply.Text($"done after {plan.Calls} calls", plan.InputTokens, plan.OutputTokens);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The planned model does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
