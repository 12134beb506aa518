using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AgentGym.Discovery.Declarative;

/// <summary>
/// Checks a YAML text's shape before it is loaded into nodes, reading only the parser's events: nesting deeper than the
/// JSON readers allow, an alias inside the node it names, and aliases that expand the text without bound each become a
/// <see cref="YamlException"/> at the place they start, where loading would otherwise exhaust the stack or the memory.
/// </summary>
internal static class YamlShape
{
    /// <summary>The deepest nesting of lists and maps, the JSON readers' default depth.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most values (scalars, lists and maps) a document may hold once its aliases are expanded.</summary>
    public const long MaxExpandedValues = 1_000_000;

    /// <summary>Reads the text's events and throws at the first place its shape is out of bounds.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <exception cref="YamlException">The nesting is too deep, an alias names a node that contains it, aliases expand
    /// the document beyond <see cref="MaxExpandedValues"/>, or the YAML is not well formed.</exception>
    public static void Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<OpenNode>();
        var anchorSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long documentValues = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case DocumentStart:
                    anchorSizes.Clear();
                    documentValues = 0;
                    break;
                case MappingStart or SequenceStart:
                    var start = (NodeEvent)parser.Current;
                    if (open.Count == MaxDepth)
                        throw new YamlException(start.Start, start.End, $"Lists and maps are nested more than {MaxDepth} deep.");
                    open.Push(new OpenNode(start.Anchor.IsEmpty ? null : start.Anchor.Value));
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    Count(closed.Values + 1, parser.Current);
                    if (closed.Anchor is { } name)
                        anchorSizes[name] = closed.Values + 1;
                    break;
                case Scalar scalar:
                    Count(1, scalar);
                    if (!scalar.Anchor.IsEmpty)
                        anchorSizes[scalar.Anchor.Value] = 1;
                    break;
                case AnchorAlias alias:
                    var anchor = alias.Value.Value;
                    if (open.Any(node => string.Equals(node.Anchor, anchor, StringComparison.Ordinal)))
                        throw new YamlException(alias.Start, alias.End, $"The alias *{anchor} is inside the node &{anchor} it names, so it would never end.");
                    Count(anchorSizes.GetValueOrDefault(anchor, 1), alias);
                    break;
            }
        }

        void Count(long values, ParsingEvent at)
        {
            if (open.TryPeek(out var parent))
                parent.Values += values;
            else
                documentValues += values;
            if (documentValues + open.Sum(node => node.Values) > MaxExpandedValues)
                throw new YamlException(at.Start, at.End, $"Its aliases expand the document to more than {MaxExpandedValues:N0} values.");
        }
    }

    private sealed class OpenNode(string? anchor)
    {
        public string? Anchor { get; } = anchor;

        public long Values { get; set; }
    }
}
