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
    /// <exception cref="YamlException">The YAML is not well formed, or has a key that is not a scalar.</exception>
    public static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
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
