using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace AgentGym.Recording;

/// <summary>HTTP requests and responses as cassette JSON.</summary>
internal static class HttpExchange
{
    // Headers that change between two runs of the same request; they are neither keyed nor written.
    private static readonly HashSet<string> VolatileHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "traceparent", "tracestate", "baggage", "request-id", "x-request-id", "user-agent", "date", "content-length",
    };

    /// <summary>
    /// The request as written: method, path and query (not the host, which differs between machines), headers (secrets
    /// redacted) and the body (canonical JSON when it is JSON). Only method, path and body make the key.
    /// </summary>
    public static async Task<(string Key, JsonNode Request)> RequestAsync(HttpRequestMessage request, Redactor redactor, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var target = request.RequestUri is null ? string.Empty : redactor.Redact(request.RequestUri.IsAbsoluteUri ? request.RequestUri.PathAndQuery : request.RequestUri.OriginalString);
        var keyed = new JsonObject
        {
            ["method"] = request.Method.Method,
            ["path"] = target,
            ["body"] = Body(body, redactor, canonical: true),
        };
        var key = CanonicalJson.Key("http", keyed);
        var written = new JsonObject
        {
            ["method"] = request.Method.Method,
            ["path"] = target,
            ["headers"] = Headers(request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()), redactor),
            ["body"] = keyed["body"]!.DeepClone(),
        };
        return (key, written);
    }

    public static async Task<JsonNode> ResponseAsync(HttpResponseMessage response, Redactor redactor, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new JsonObject
        {
            ["status"] = (int)response.StatusCode,
            ["contentType"] = response.Content.Headers.ContentType?.ToString(),
            ["body"] = Body(body, redactor, canonical: false),
        };
    }

    public static HttpResponseMessage Replay(CassetteEntry entry, HttpRequestMessage request)
    {
        var response = entry.Response as JsonObject ?? throw new InvalidDataException($"The exchange {entry.Key} has no response. Record it again.");
        var body = response["body"] switch
        {
            JsonObject { Count: 1 } text when text["text"] is JsonValue value => value.GetValue<string>(),
            JsonObject json when json["json"] is { } payload => CanonicalJson.Compact(payload),
            _ => string.Empty,
        };
        var content = new StringContent(body, Encoding.UTF8);
        if (response["contentType"]?.GetValue<string>() is { } contentType)
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return new HttpResponseMessage((HttpStatusCode)response["status"]!.GetValue<int>()) { Content = content, RequestMessage = request };
    }

    // The body is written as { "json": ... } when it is JSON, so that a cassette reads and diffs well, else as { "text": ... }.
    // A request body is canonical (members sorted) for its key; a response keeps the server's order, as replay returns it.
    private static JsonObject Body(string body, Redactor redactor, bool canonical) =>
        CanonicalJson.TryParse(body) is { } json
            ? new JsonObject { ["json"] = redactor.Redact(canonical ? CanonicalJson.Normalize(json) : json) }
            : new JsonObject { ["text"] = redactor.Redact(body) };

    private static JsonObject Headers(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers, Redactor redactor)
    {
        var node = new JsonObject();
        foreach (var (name, values) in headers.Where(h => !VolatileHeaders.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            var value = string.Join(", ", values);
            node[name.ToLowerInvariant()] = redactor.IsSecretHeader(name) ? Redactor.Placeholder : redactor.Redact(value);
        }

        return node;
    }
}
