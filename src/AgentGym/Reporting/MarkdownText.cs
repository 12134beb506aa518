namespace AgentGym.Sdk;

/// <summary>How every AgentGym Markdown report writes text that came from a user or an agent.</summary>
public static class MarkdownText
{
    /// <summary>
    /// Gets text as a table cell or list item that stays one: backslashes and pipes escaped, <c>&lt;</c> written as an entity so
    /// it never turns into markup, line breaks as spaces.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\r', ' ').Replace('\n', ' ');
    }

    /// <summary>
    /// Gets text as inline code outside a table (a code span is taken literally): in backticks, fenced by two when the text
    /// holds one, line breaks as spaces.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The code span.</returns>
    public static string Code(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
        return line.Contains('`', StringComparison.Ordinal) ? "`` " + line + " ``" : "`" + line + "`";
    }
}
