namespace AgentGym.Recording;

/// <summary>The old name of <see cref="CassetteHttpHandler"/>, kept so that code written against it still builds.</summary>
[Obsolete("Use CassetteHttpHandler: record and replay is done with cassettes.")]
public sealed class RecordingHttpHandler : CassetteHttpHandler
{
    /// <summary>Creates the handler.</summary>
    /// <param name="cassette">Where exchanges are kept.</param>
    /// <param name="mode">What to do with each request.</param>
    /// <param name="redactor">What to remove before writing; the default redacts only the standard headers.</param>
    public RecordingHttpHandler(Cassette cassette, RecordMode mode, Redactor? redactor = null)
        : base(cassette, mode, redactor)
    {
    }

    /// <summary>Gets the cassette.</summary>
    public new Cassette Cassette => base.Cassette;

    /// <summary>Gets the mode.</summary>
    public new RecordMode Mode => base.Mode;

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
