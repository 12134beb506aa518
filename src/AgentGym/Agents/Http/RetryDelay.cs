using System.Net;

namespace AgentGym.Agents.Http;

/// <summary>When to send a request again: after the server's <c>Retry-After</c> (seconds or HTTP date), else after an exponential back-off.</summary>
internal static class RetryDelay
{
    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Gets the wait before retry number <paramref name="retry"/> (1 for the first).</summary>
    public static TimeSpan For(HttpResponseMessage? response, int retry, HttpAgentOptions options)
    {
        if (response?.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            if (retryAfter.Date is { } date)
            {
                var wait = date - options.TimeProvider.GetUtcNow();
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        var backOff = options.RetryDelay * Math.Pow(2, Math.Min(retry - 1, 30));
        return backOff > options.MaxRetryDelay ? options.MaxRetryDelay : backOff;
    }
}
