using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace AgentGym.Metrics;

/// <summary>
/// A chat client wrapper that counts every model call, its tokens (from <see cref="ChatResponse.Usage"/>) and the
/// tool calls the model asked for, into the running attempt's <see cref="MetricsScope"/>. Place it below
/// <see cref="FunctionInvokingChatClient"/> so that it sees each round trip: <c>builder.UseFunctionInvocation().UseAgentGymMetrics()</c>.
/// </summary>
public sealed class MetricsChatClient : DelegatingChatClient
{
    /// <summary>Creates the wrapper.</summary>
    /// <param name="innerClient">The client that talks to the model.</param>
    public MetricsChatClient(IChatClient innerClient)
        : base(innerClient)
    {
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        Record(response.Usage, CountToolCalls(response.Messages.SelectMany(m => m.Contents)));
        return response;
    }

    /// <inheritdoc />
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        UsageDetails? usage = null;
        var toolCalls = 0;
        var answered = false;
        try
        {
            await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken).ConfigureAwait(false))
            {
                foreach (var content in update.Contents)
                {
                    if (content is UsageContent usageContent)
                    {
                        usage ??= new UsageDetails();
                        usage.Add(usageContent.Details);
                    }
                }

                toolCalls += CountToolCalls(update.Contents);
                answered = true;
                yield return update;
            }

            answered = true;
        }
        finally
        {
            // A caller that stops reading early still made the call; count it with what it saw. A call that failed
            // before any answer is not counted, as with GetResponseAsync.
            if (answered)
                Record(usage, toolCalls);
        }
    }

    private static int CountToolCalls(IEnumerable<AIContent> contents) => contents.Count(c => c is FunctionCallContent);

    private static void Record(UsageDetails? usage, int toolCalls) =>
        MetricsScope.Current?.ChatClient.AddCall(usage?.InputTokenCount, usage?.OutputTokenCount, usage?.TotalTokenCount, toolCalls);
}
