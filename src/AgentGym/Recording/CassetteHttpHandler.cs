namespace AgentGym.Recording;

/// <summary>
/// An HTTP message handler that records each exchange to a <see cref="Cassette"/> and replays it from there with no network. The key
/// is a hash of the method, path and body (JSON in canonical form); the host is left out so that a cassette recorded
/// against one address replays against another. 429 and 5xx answers are passed on but never recorded, since they are
/// transient. Secret headers and configured secrets are redacted before anything is written.
/// </summary>
public class CassetteHttpHandler : DelegatingHandler
{
    private readonly Redactor _redactor;

    /// <summary>Creates the handler.</summary>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each request.</param>
    /// <param name="redactor">What to remove before writing; the default redacts only the standard headers.</param>
    public CassetteHttpHandler(Cassette cassette, RecordMode mode, Redactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(cassette);
        Cassette = cassette;
        Mode = mode;
        _redactor = redactor ?? new Redactor();
    }

    /// <summary>Gets the cassette.</summary>
    public Cassette Cassette { get; }

    /// <summary>Gets the mode.</summary>
    public RecordMode Mode { get; }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (Mode == RecordMode.Off)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        if (request.Content is not null)
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var (key, written) = await HttpExchange.RequestAsync(request, _redactor, cancellationToken).ConfigureAwait(false);
        if (Mode is RecordMode.Replay or RecordMode.Auto && Cassette.TryGet(key, out var entry))
            return HttpExchange.Replay(entry, request);
        if (Mode == RecordMode.Replay)
            throw ReplayMiss.Create(Cassette, key, $"HTTP request {request.Method} {request.RequestUri}", written);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (status == 429 || status >= 500)
            return response;
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        Cassette.Save(new CassetteEntry(key, "http", written, await HttpExchange.ResponseAsync(response, _redactor, cancellationToken).ConfigureAwait(false)));
        return response;
    }
}
