using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgentGym.Validation;

/// <summary>Parses the JSON written in validator arguments, with errors that say where the JSON is wrong.</summary>
internal static class JsonText
{
    // For messages only: shows non-ASCII text as written instead of \u escapes.
    private static readonly JsonSerializerOptions DisplayOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Parses <paramref name="json"/> into a self-contained element.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="what">What the JSON is, to start the error message (<c>The expected output</c>).</param>
    /// <exception cref="ValidatorConfigurationException">The text is not JSON.</exception>
    public static JsonElement Parse(string json, string what)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new ValidatorConfigurationException($"{what} is not valid JSON: {Describe(ex)}. The JSON: {QuotedText.Of(json)}", ex);
        }
    }

    /// <summary>Describes a parse error by its reason and its 1-based line and position.</summary>
    public static string Describe(JsonException exception)
    {
        // System.Text.Json appends its own 0-based "Path: ... | LineNumber: ..." to the reason; the position is given 1-based instead.
        var reason = exception.Message;
        var suffix = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
            suffix = reason.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        reason = (suffix < 0 ? reason : reason[..suffix]).TrimEnd('.', ' ');
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $"{reason} at line {line + 1}, position {position + 1}")
            : reason;
    }

    /// <summary>Shows a JSON value compactly for a message.</summary>
    public static string Show(JsonElement element, int maxLength = QuotedText.MaxLength)
    {
        string text;
        try
        {
            text = JsonSerializer.Serialize(element, DisplayOptions);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // JSON the reader accepts may not be writable again (an escaped lone surrogate): show it as it was written.
            text = element.GetRawText();
        }

        return QuotedText.Shorten(text, maxLength);
    }
}
