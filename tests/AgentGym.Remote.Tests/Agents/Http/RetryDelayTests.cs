using System.Net;
using System.Net.Http.Headers;
using AgentGym.Agents.Http;

namespace AgentGym.Remote.Tests.Agents.Http;

public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void A_Retry_After_date_waits_until_that_date()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(7));

        var delay = RetryDelay.For(response, 1, new HttpAgentOptions { TimeProvider = new FixedClock(Now) });

        Assert.Equal(TimeSpan.FromSeconds(7), delay);
    }

    [Fact]
    public void A_Retry_After_date_in_the_past_retries_at_once()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-7));

        Assert.Equal(TimeSpan.Zero, RetryDelay.For(response, 1, new HttpAgentOptions { TimeProvider = new FixedClock(Now) }));
    }

    [Fact]
    public void Without_Retry_After_the_wait_doubles_up_to_the_longest()
    {
        var options = new HttpAgentOptions { RetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) };

        var delays = Enumerable.Range(1, 4).Select(retry => RetryDelay.For(null, retry, options).TotalSeconds);

        Assert.Equal([1, 2, 4, 5], delays);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
