namespace AgentGym.Sdk;

/// <summary>
/// CSV as every AgentGym report writes it (RFC 4180): fields separated by commas, a field quoted when it holds a comma, a
/// quote or a line break (its quotes doubled), each row ended by CRLF. A missing value is an empty field, never 0.
/// </summary>
public static class CsvText
{
    /// <summary>Gets a value as one CSV field: quoted when it holds a comma, a quote or a line break.</summary>
    /// <param name="value">The value; <see langword="null"/> is an empty field.</param>
    /// <returns>The field.</returns>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>Writes one row: every value as a field, then CRLF.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="values">The row's values, in column order.</param>
    public static void WriteRow(TextWriter writer, IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(string.Join(',', values.Select(Field)));
        writer.Write("\r\n");
    }
}
