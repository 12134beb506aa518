using System.Text;

namespace AgentGym.Validation;

/// <summary>Shows agent text and JSON in messages: on one line, and cut to a readable length.</summary>
internal static class QuotedText
{
    /// <summary>How much of a text a message shows.</summary>
    public const int MaxLength = 200;

    /// <summary>Quotes a text for a message: <c>"first 200 characters…" (1234 chars)</c>.</summary>
    public static string Of(string? text, int maxLength = MaxLength) =>
        text is null ? "null" : $"\"{Shorten(text, maxLength)}\"" + (text.Length > maxLength ? $" ({text.Length} chars)" : string.Empty);

    /// <summary>Cuts a text to <paramref name="maxLength"/> characters and shows line breaks and tabs as escapes.</summary>
    public static string Shorten(string text, int maxLength = MaxLength)
    {
        var shown = text.Length > maxLength ? text[..maxLength] : text;
        var builder = new StringBuilder(shown.Length + 8);
        foreach (var c in shown)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ => builder.Append(c),
            };
        }

        return text.Length > maxLength ? builder.Append('…').ToString() : builder.ToString();
    }
}
