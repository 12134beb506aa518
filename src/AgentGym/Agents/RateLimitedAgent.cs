using System.Threading.RateLimiting;

namespace AgentGym.Agents;

/// <summary>An agent wrapper that takes a lease from a <see cref="RateLimiter"/> before each call, to honour a provider's rate limits.</summary>
public sealed class RateLimitedAgent : DelegatingAgent
{
    private readonly RateLimiter _limiter;

    /// <summary>Creates the wrapper.</summary>
    /// <param name="innerAgent">The agent to limit.</param>
    /// <param name="limiter">The limiter shared by every call to this agent.</param>
    public RateLimitedAgent(IAgent innerAgent, RateLimiter limiter)
        : base(innerAgent)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        _limiter = limiter;
    }

    /// <inheritdoc />
    public override async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        using var lease = await _limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? $" Retry after {after}." : string.Empty;
            throw new InvalidOperationException($"Agent '{Name}' was not called: its rate limiter refused the request (queue full).{retryAfter}");
        }

        return await base.RunAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
