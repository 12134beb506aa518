using System.Net;
using System.Text.Json;

namespace AgentGym.Agents.Http;

/// <summary>
/// An agent that runs as a service: each task is an HTTP request through <see cref="IHttpClientFactory"/>, with a per-request
/// timeout and retries on 429 and 5xx that honour <c>Retry-After</c>. Usage in the answer counts as the agent's own report
/// of its metrics. Register one with <c>builder.AddHttpAgent("name", o =&gt; o.Endpoint = ...)</c>.
/// </summary>
public sealed class HttpAgent : IAgent
{
    /// <summary>The prefix of the named <see cref="HttpClient"/> of each HTTP agent: <c>AgentGym.HttpAgent.{name}</c>.</summary>
    public const string HttpClientNamePrefix = "AgentGym.HttpAgent.";

    private const int MaxBodyInMessage = 500;

    private readonly IHttpClientFactory _clients;
    private readonly HttpAgentOptions _options;
    private readonly string _clientName;

    /// <summary>Creates the agent.</summary>
    /// <param name="name">The agent's name.</param>
    /// <param name="clients">Makes the HTTP clients; the agent uses the client named <c>AgentGym.HttpAgent.{name}</c>.</param>
    /// <param name="options">The endpoint, headers, timeout, retries and mapping.</param>
    public HttpAgent(string name, IHttpClientFactory clients, HttpAgentOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(name);
        Name = name;
        _clients = clients;
        _options = options;
        _clientName = HttpClientNamePrefix + name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>Gets the agent's URL.</summary>
    public Uri Endpoint => _options.Endpoint!;

    /// <inheritdoc />
    public async Task<AgentResponse> RunAsync(AgentRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = _clients.CreateClient(_clientName);
        for (var attempt = 1; ; attempt++)
        {
            var canRetry = attempt <= _options.MaxRetries;
            using var message = new HttpRequestMessage(_options.Method, Endpoint) { Content = _options.Mapping.CreateContent(request) };
            HttpResponseMessage response;
            try
            {
                response = await SendAsync(client, message, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (canRetry)
            {
                await WaitAsync(null, attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            using (response)
            {
                if (RetryDelay.IsTransient(response.StatusCode) && canRetry && await WaitAsync(response, attempt, cancellationToken).ConfigureAwait(false))
                    continue;
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw new HttpAgentException(
                        $"HTTP agent '{Name}': {_options.Method} {Endpoint} answered {(int)response.StatusCode} {response.ReasonPhrase} after {Attempts(attempt)}. Body: {Excerpt(body)}")
                    { RequestUri = Endpoint, StatusCode = response.StatusCode };
                }

                return Read(body, response.StatusCode);
            }
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage message, CancellationToken cancellationToken)
    {
        using var timeout = _options.Timeout == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(_options.Timeout, _options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            await response.Content.LoadIntoBufferAsync(linked.Token).ConfigureAwait(false);
            return response;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"HTTP agent '{Name}': {_options.Method} {Endpoint} did not answer within its timeout of {_options.Timeout.TotalSeconds:0.###} s.", ex);
        }
    }

    /// <summary>Waits before the next attempt; returns <see langword="false"/> when the server asks for a wait beyond <see cref="HttpAgentOptions.MaxRetryDelay"/>.</summary>
    private async Task<bool> WaitAsync(HttpResponseMessage? response, int attempt, CancellationToken cancellationToken)
    {
        var delay = RetryDelay.For(response, attempt, _options);
        if (delay > _options.MaxRetryDelay)
            return false;
        if (delay > TimeSpan.Zero)
            await Task.Delay(delay, _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private AgentResponse Read(string body, HttpStatusCode status)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            throw new HttpAgentException(
                $"HTTP agent '{Name}': {_options.Method} {Endpoint} answered {(int)status} with a body that is not valid JSON ({ex.Message}). The body: {Excerpt(body)}", ex)
            { RequestUri = Endpoint, StatusCode = status };
        }

        using (document)
        {
            try
            {
                return _options.Mapping.ReadResponse(document.RootElement);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new HttpAgentException(
                    $"HTTP agent '{Name}': the answer of {_options.Method} {Endpoint} does not have the expected shape: {ex.Message}. The body: {Excerpt(body)}", ex)
                { RequestUri = Endpoint, StatusCode = status };
            }
        }
    }

    private static string Attempts(int attempts) => attempts == 1 ? "1 attempt" : $"{attempts} attempts";

    private static string Excerpt(string body) =>
        body.Length == 0 ? "(empty)" : body.Length <= MaxBodyInMessage ? body : string.Concat(body.AsSpan(0, MaxBodyInMessage), "... (cut)");
}
