using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Turns YAML into JSON text whose tokens sit on the same lines as the YAML nodes they come from, so that the JSON reader's
/// line numbers (and the schema validator's) are the YAML file's line numbers.
/// </summary>
internal static partial class YamlJsonConverter
{
    /// <summary>Converts a YAML text; several documents (<c>---</c>) become a JSON array.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The JSON text, or an empty string when the YAML has no document.</returns>
    /// <exception cref="YamlException">The YAML is not well formed, has a key that is not a scalar, or its shape is out of
    /// the bounds <see cref="YamlShape"/> sets.</exception>
    public static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            YamlShape.Check(yaml);
            stream.Load(new StringReader(yaml));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // The YAML reader fails on some malformed input without a position: name the last line it could read.
            var line = LastReadableLine(yaml);
            var mark = new Mark(0, line, 1);
            throw new YamlException(mark, mark, "The text after this line cannot be read (an unclosed list, map or quote?).", ex);
        }

        var writer = new LineAlignedWriter();
        var documents = stream.Documents.Where(d => d.RootNode is not YamlScalarNode { Value: null or "" }).ToList();
        if (documents.Count == 1)
        {
            Write(documents[0].RootNode, writer);
        }
        else if (documents.Count > 1)
        {
            writer.Append('[');
            for (var i = 0; i < documents.Count; i++)
            {
                if (i > 0)
                    writer.Append(',');
                Write(documents[i].RootNode, writer);
            }

            writer.Append(']');
        }

        return writer.ToString();
    }

    /// <summary>Gets the line a YAML error is best reported on, and its message without the positions.</summary>
    /// <param name="exception">The error from <see cref="ToJson"/>.</param>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The line, 1-based, and the message.</returns>
    public static (int Line, string Message) Locate(YamlException exception, string yaml)
    {
        // The end of the span is where the parser met the problem; the start is often the enclosing map, on line 1.
        // Some errors are placed at the start of the document: then the last line the reader could read is nearer.
        var line = (int)Math.Min(Math.Max(exception.End.Line, exception.Start.Line), int.MaxValue);
        var tab = exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabIndentedLine(yaml, line) : null;
        return (tab ?? (line <= 1 ? LastReadableLine(yaml) : line), Describe(exception));
    }

    /// <summary>Gets a YAML error's message without the positions that the file and line already say.</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The message.</returns>
    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0 ? message[(cut + 3)..] : message;
        return exception.InnerException is { } inner && !string.Equals(inner.Message, message, StringComparison.Ordinal) ? $"{message} {inner.Message}" : message;
    }

    /// <summary>Gets the first line from <paramref name="fromLine"/> on that is indented with a tab, which YAML forbids.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="fromLine">The line to start from, 1-based.</param>
    /// <returns>The line, or <see langword="null"/> when no line is indented with a tab.</returns>
    private static int? TabIndentedLine(string yaml, int fromLine)
    {
        var lines = yaml.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indentation = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indentation.Contains('\t'))
                return i + 1;
        }

        return null;
    }

    /// <summary>Gets the last line whose YAML could be read, for an error the reader reports without a position.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The line, 1-based.</returns>
    private static int LastReadableLine(string yaml)
    {
        long line = 1;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is { } current)
                    line = Math.Max(line, current.End.Line);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
        }

        return (int)Math.Min(line, int.MaxValue);
    }

    private static void Write(YamlNode node, LineAlignedWriter writer)
    {
        writer.MoveTo(node.Start.Line);
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.Append('{');
                var first = true;
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name })
                        throw new YamlException(key.Start, key.End, "A key must be a plain name, not a list or a map.");
                    if (!first)
                        writer.Append(',');
                    first = false;
                    writer.MoveTo(key.Start.Line);
                    writer.Append(JsonSerializer.Serialize(name));
                    writer.Append(':');
                    Write(value, writer);
                }

                writer.Append('}');
                break;
            case YamlSequenceNode sequence:
                writer.Append('[');
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (i > 0)
                        writer.Append(',');
                    Write(sequence.Children[i], writer);
                }

                writer.Append(']');
                break;
            case YamlScalarNode scalar:
                writer.Append(Scalar(scalar));
                break;
            default:
                throw new YamlException(node.Start, node.End, $"Unsupported YAML node {node.NodeType}.");
        }
    }

    // Plain scalars follow the YAML 1.2 core schema (null, booleans, numbers); quoted and block scalars are strings.
    private static string Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain || (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:str"))
            return JsonSerializer.Serialize(value);
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return "null";
        if (value is "true" or "True" or "TRUE")
            return "true";
        if (value is "false" or "False" or "FALSE")
            return "false";
        if (JsonNumber().IsMatch(value))
            return value;
        if (value.StartsWith('+') && JsonNumber().IsMatch(value[1..]))
            return value[1..];
        if (value.StartsWith('.') && double.TryParse("0" + value, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction))
            return fraction.ToString("R", CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(value);
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex JsonNumber();

    private sealed class LineAlignedWriter
    {
        private readonly StringBuilder _json = new();
        private long _line = 1;

        // Lines only move forward: an alias repeats an earlier node, which then stays on the current line.
        public void MoveTo(long line)
        {
            while (_line < line)
            {
                _json.Append('\n');
                _line++;
            }
        }

        public void Append(char value) => _json.Append(value);

        public void Append(string value) => _json.Append(value);

        public override string ToString() => _json.ToString();
    }
}
