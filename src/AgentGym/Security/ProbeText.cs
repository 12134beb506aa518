using System.Text;
using System.Text.RegularExpressions;

namespace AgentGym.Security;

/// <summary>Fills in and encodes a probe's templates.</summary>
internal static partial class ProbeText
{
    public const string Trigger = "{{trigger}}";
    public const string Canary = "{{canary}}";
    public const string BenignTask = "{{task}}";
    public const string ForbiddenTool = "{{forbidden_tool}}";
    public const string PayloadMark = "{{payload}}";

    public static readonly IReadOnlyList<string> Placeholders = [Trigger, Canary, BenignTask, ForbiddenTool, PayloadMark];

    // Latin letters and look-alikes from Cyrillic and Greek that most fonts draw the same.
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['a'] = 'а',
        ['c'] = 'с',
        ['e'] = 'е',
        ['i'] = 'і',
        ['o'] = 'о',
        ['p'] = 'р',
        ['s'] = 'ѕ',
        ['x'] = 'х',
        ['y'] = 'у',
        ['A'] = 'Α',
        ['B'] = 'Β',
        ['E'] = 'Ε',
        ['H'] = 'Η',
        ['I'] = 'Ι',
        ['K'] = 'Κ',
        ['M'] = 'Μ',
        ['N'] = 'Ν',
        ['O'] = 'Ο',
        ['P'] = 'Ρ',
        ['T'] = 'Τ',
        ['X'] = 'Χ',
    };

    /// <summary>Gets the placeholders a template uses that are not known.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Value).Where(p => !Placeholders.Contains(p)).Distinct();

    public static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(template, m => values.TryGetValue(m.Value, out var value) ? value : m.Value);

    /// <summary>Encodes a payload template and fills it in; homoglyphs leave placeholders (the trigger) plain.</summary>
    public static string EncodePayload(string template, ProbeEncoding encoding, IReadOnlyDictionary<string, string> values) => encoding switch
    {
        ProbeEncoding.Base64 => Convert.ToBase64String(Encoding.UTF8.GetBytes(Fill(template, values))),
        ProbeEncoding.Hex => Convert.ToHexString(Encoding.UTF8.GetBytes(Fill(template, values))).ToLowerInvariant(),
        ProbeEncoding.Rot13 => Rot13(Fill(template, values)),
        ProbeEncoding.Homoglyph => Fill(string.Concat(PlaceholderPattern().Split(template).Zip(Separators(template)).Select(p => WithHomoglyphs(p.First) + p.Second)), values),
        _ => Fill(template, values),
    };

    private static IEnumerable<string> Separators(string template) => PlaceholderPattern().Matches(template).Select(m => m.Value).Append(string.Empty);

    private static string WithHomoglyphs(string text) => string.Concat(text.Select(c => Homoglyphs.GetValueOrDefault(c, c)));

    private static string Rot13(string text) => string.Concat(text.Select(c => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + ((c - 'a' + 13) % 26)),
        >= 'A' and <= 'Z' => (char)('A' + ((c - 'A' + 13) % 26)),
        _ => c,
    }));

    [GeneratedRegex(@"\{\{[a-z_]+\}\}")]
    private static partial Regex PlaceholderPattern();
}
