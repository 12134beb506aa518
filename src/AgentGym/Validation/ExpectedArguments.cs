using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace AgentGym.Validation;

/// <summary>
/// The arguments a trajectory step expects, read once: a JSON object compared as a subset, exactly, or with regular
/// expressions for its strings; or a matcher written in code.
/// </summary>
internal sealed class ExpectedArguments
{
    private const int MaxDifferences = 5;

    private readonly JsonElement _json;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private ExpectedArguments(string description, ArgumentMatch match, JsonElement json, IToolCallMatcher? matcher)
    {
        Description = description;
        Match = match;
        _json = json;
        Matcher = matcher;
    }

    /// <summary>Gets what is expected, as the diff shows it: <c>{"query":"refund"}</c>, <c>exactly {...}</c>, <c>regex {...}</c> or the matcher's description.</summary>
    public string Description { get; }

    /// <summary>Gets the matcher written in code, when there is one.</summary>
    public IToolCallMatcher? Matcher { get; }

    /// <summary>Gets how the JSON is compared.</summary>
    public ArgumentMatch Match { get; }

    /// <summary>Reads the expected arguments of <paramref name="tool"/>.</summary>
    /// <exception cref="ValidatorConfigurationException">The JSON is not an object, or a pattern is not a valid regular expression.</exception>
    public static ExpectedArguments FromJson(string tool, string json, ArgumentMatch match)
    {
        var element = JsonText.Parse(json, $"The expected arguments of tool \"{tool}\"");
        if (element.ValueKind != JsonValueKind.Object)
            throw new ValidatorConfigurationException($"The expected arguments of tool \"{tool}\" must be a JSON object of argument names, such as {{\"query\":\"refund\"}}; got {QuotedText.Of(json)}.");
        if (!Enum.IsDefined(match))
            throw new ValidatorConfigurationException($"The argument match {match} of tool \"{tool}\" is not one of {string.Join(", ", Enum.GetNames<ArgumentMatch>())}.");
        var shown = JsonText.Show(element, 100);
        var description = match switch
        {
            ArgumentMatch.Exact => $"exactly {shown}",
            ArgumentMatch.Regex => $"regex {shown}",
            _ => shown,
        };
        var expected = new ExpectedArguments(description, match, element, matcher: null);
        if (match == ArgumentMatch.Regex)
            expected.ReadPatterns(tool, element, "$");
        return expected;
    }

    /// <summary>Wraps a matcher written in code.</summary>
    public static ExpectedArguments FromMatcher(IToolCallMatcher matcher) =>
        new(string.IsNullOrWhiteSpace(matcher.Description) ? matcher.GetType().Name : matcher.Description, ArgumentMatch.Subset, default, matcher);

    /// <summary>Lists why a call's arguments are not the expected ones; empty when they are.</summary>
    /// <param name="call">The call.</param>
    /// <param name="arguments">The call's arguments as JSON, or <see langword="null"/> when they cannot be written as JSON.</param>
    public IReadOnlyList<string> Differences(Agents.ToolCall call, JsonElement? arguments)
    {
        if (Matcher is { } matcher)
            return matcher.Matches(call) ? [] : [$"does not satisfy: {Description}"];
        if (arguments is not { } actual)
            return ["its arguments cannot be read as JSON"];
        var differences = new List<string>();
        Compare(_json, actual, "$", differences);
        return differences;
    }

    private void ReadPatterns(string tool, JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                    ReadPatterns(tool, member.Value, $"{path}.{member.Name}");
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    ReadPatterns(tool, item, $"{path}[{index++}]");
                break;
            case JsonValueKind.String:
                var pattern = element.GetString()!;
                try
                {
                    _patterns[path] = new Regex(pattern, RegexOptions.CultureInvariant, RegexValidator.DefaultTimeout);
                }
                catch (RegexParseException ex)
                {
                    throw new ValidatorConfigurationException($"The expected argument {path} of tool \"{tool}\" is not a valid regular expression: {QuotedText.Of(pattern)}: {ex.Message}", ex);
                }

                break;
        }
    }

    private void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (differences.Count >= MaxDifferences)
            return;
        if (expected.ValueKind == JsonValueKind.Object && actual.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in expected.EnumerateObject())
            {
                if (actual.TryGetProperty(member.Name, out var value))
                    Compare(member.Value, value, $"{path}.{member.Name}", differences);
                else
                    differences.Add($"{path}.{member.Name}: missing");
            }

            if (Match == ArgumentMatch.Exact)
            {
                foreach (var member in actual.EnumerateObject().Where(m => !expected.TryGetProperty(m.Name, out _)))
                    differences.Add($"{path}.{member.Name}: not expected, got {JsonText.Show(member.Value, 40)}");
            }

            return;
        }

        if (expected.ValueKind == JsonValueKind.Array && actual.ValueKind == JsonValueKind.Array && expected.GetArrayLength() == actual.GetArrayLength())
        {
            var index = 0;
            foreach (var (expectedItem, actualItem) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                Compare(expectedItem, actualItem, $"{path}[{index++}]", differences);
            return;
        }

        if (_patterns.TryGetValue(path, out var regex))
        {
            var text = actual.ValueKind == JsonValueKind.String ? actual.GetString()! : actual.GetRawText();
            bool matched;
            try
            {
                matched = regex.IsMatch(text);
            }
            catch (RegexMatchTimeoutException)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: matching /{regex}/ took over {regex.MatchTimeout.TotalSeconds:0.###} s"));
                return;
            }

            if (!matched)
                differences.Add($"{path}: {JsonText.Show(actual, 40)} does not match /{regex}/");
            return;
        }

        foreach (var difference in JsonSubset.Differences(expected, actual))
            differences.Add(path == "$" ? difference : path + difference[1..]);
    }
}
