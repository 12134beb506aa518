using System.Globalization;

namespace AgentGym.Validation;

/// <summary>Writes a validator's name the way its attribute reads: <c>MatchesRegex("refund", IgnoreCase = true)</c>.</summary>
internal static class ValidatorNames
{
    private const int MaxArgumentLength = 80;

    /// <summary>Formats a name from the attribute's name, its positional arguments and the named ones that are set.</summary>
    /// <param name="attribute">The attribute's name without the <c>Attribute</c> suffix.</param>
    /// <param name="positional">The constructor arguments.</param>
    /// <param name="named">The named arguments; those whose value is <see langword="null"/>, <see langword="false"/> or 0 are left out.</param>
    public static string Format(string attribute, IEnumerable<object?> positional, params (string Name, object? Value)[] named)
    {
        var arguments = positional.Select(Literal)
            .Concat(named.Where(n => !IsUnset(n.Value)).Select(n => $"{n.Name} = {Literal(n.Value)}"));
        return $"{attribute}({string.Join(", ", arguments)})";
    }

    /// <summary>Writes a value as a C# literal, cut when long.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string text => Quote(text),
        Type type => $"typeof({type.Name})",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsUnset(object? value) => value switch
    {
        null => true,
        bool flag => !flag,
        int number => number == 0,
        long number => number == 0,
        _ => false,
    };

    // Quotes and backslashes stay as written: a name is read by people, and JSON or a pattern reads best unescaped.
    private static string Quote(string text) => $"\"{QuotedText.Shorten(text, MaxArgumentLength)}\"";
}
