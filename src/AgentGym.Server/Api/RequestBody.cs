using System.Text;
using System.Text.Json;
using AgentGym.Server.Hosting;
using AgentGym.Server.Security;
using Microsoft.Net.Http.Headers;

namespace AgentGym.Server.Api;

/// <summary>
/// Reads a JSON request body as text, within the size limit: a larger body (even one sent in chunks) gets 413, a body whose
/// content type is not JSON 415.
/// </summary>
internal static class RequestBody
{
    /// <summary>Reads the body.</summary>
    /// <returns>The text (empty without a body), or <see langword="null"/> after answering 413 or 415.</returns>
    public static async Task<string?> ReadAsync(HttpContext context, AgentGymServerOptions options)
    {
        var limit = options.MaxRequestBodyBytes;
        // A body sent without a content type is read as JSON; one that says it is something else is refused.
        if (HasBody(context.Request) && !string.IsNullOrEmpty(context.Request.ContentType) && !IsJson(context.Request.ContentType))
        {
            await Problems.UnsupportedMediaType(context.Request.ContentType).ExecuteAsync(context).ConfigureAwait(false);
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await ApiAccess.TooLarge(context, limit).ConfigureAwait(false);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ApiAccess.TooLarge(context, limit).ConfigureAwait(false);
            return null;
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a JSON body and parses it.</summary>
    /// <returns>The body's text and root, or the answer: already given (413, 415), or to give (400, JSON that does not parse).</returns>
    public static async Task<JsonBody> ReadJsonAsync(HttpContext context, AgentGymServerOptions options)
    {
        if (await ReadAsync(context, options).ConfigureAwait(false) is not { } text)
            return new JsonBody(string.Empty, default, HttpResults.Empty);
        try
        {
            using var document = JsonDocument.Parse(text);
            return new JsonBody(text, document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return new JsonBody(text, default, Problems.NotJson(ex.Message));
        }
    }

    private static bool HasBody(HttpRequest request) => request.ContentLength > 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0);

    // application/json, and JSON with a suffix such as application/merge-patch+json; any charset.
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Value is { } type
        && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A request's JSON body, or the answer to a body that could not be read.</summary>
/// <param name="Text">The body as sent.</param>
/// <param name="Root">Its parsed root, when <paramref name="Problem"/> is <see langword="null"/>.</param>
/// <param name="Problem">The answer to give instead, or <see langword="null"/>.</param>
internal readonly record struct JsonBody(string Text, JsonElement Root, IResult? Problem);
