namespace AgentGym.Agents.Http;

/// <summary>
/// How an <see cref="HttpAgent"/> calls its remote agent. Header values may name secrets instead of holding them:
/// <c>env:NAME</c> reads an environment variable, <c>config:Key</c> reads the <c>IConfiguration</c> registered in the test
/// services (user secrets, for example), and <c>{env:NAME}</c> or <c>{config:Key}</c> does the same inside a longer value,
/// as in <c>Bearer {env:AGENT_KEY}</c>. Keys never belong in test files.
/// </summary>
public sealed class HttpAgentOptions
{
    /// <summary>Gets or sets the agent's URL. Required.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Gets or sets the HTTP method (default POST).</summary>
    public HttpMethod Method { get; set; } = HttpMethod.Post;

    /// <summary>Gets the headers sent with every request, by name (case-insensitive); values may be <c>env:NAME</c> or <c>config:Key</c>.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets how long one HTTP request may take before it fails with a <see cref="TimeoutException"/> (default 100 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets or sets how many times a request that got 429 or a 5xx answer, or no answer at all, is sent again (default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the wait before the first retry when the server sends no <c>Retry-After</c>; it doubles with each retry (default 1 s).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets or sets the longest wait before a retry (default 60 s). A <c>Retry-After</c> beyond it ends the retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Gets or sets the request and response shapes (default <see cref="HttpAgentMapping.Default"/>).</summary>
    public IHttpAgentMapping Mapping { get; set; } = HttpAgentMapping.Default;

    /// <summary>Gets or sets the clock of timeouts and retry waits.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the values.</summary>
    /// <param name="agentName">The agent's name, for messages.</param>
    /// <exception cref="ArgumentException">A value is missing or out of range; the message names it.</exception>
    public void Validate(string agentName)
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
            throw new ArgumentException($"HTTP agent '{agentName}' needs an absolute Endpoint, such as https://agents.example.com/support.", nameof(Endpoint));
        ArgumentNullException.ThrowIfNull(Method, nameof(Method));
        ArgumentNullException.ThrowIfNull(Mapping, nameof(Mapping));
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, $"HTTP agent '{agentName}': Timeout must be positive.");
        if (MaxRetries < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, $"HTTP agent '{agentName}': MaxRetries must be 0 or more.");
        if (RetryDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(RetryDelay), RetryDelay, $"HTTP agent '{agentName}': RetryDelay and MaxRetryDelay must not be negative.");
    }
}
