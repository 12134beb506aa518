using System.Text.Json;

namespace AgentGym.Validation;

/// <summary>
/// Decides whether an expected JSON value holds in an actual one: objects hold when every expected member holds (other
/// members may be there too), arrays when they have the same length and hold element by element, numbers when they are
/// equal in value (<c>1</c> and <c>1.0</c>), and strings, booleans and null when they are equal.
/// </summary>
internal static class JsonSubset
{
    private const int MaxDifferences = 10;

    /// <summary>Lists where <paramref name="actual"/> differs from <paramref name="expected"/>; empty when the expected value holds.</summary>
    /// <param name="expected">The subset that must hold.</param>
    /// <param name="actual">The value to check.</param>
    /// <returns>Up to ten differences, each with its JSON path, such as <c>$.status: expected "success", got "failed"</c>.</returns>
    public static IReadOnlyList<string> Differences(JsonElement expected, JsonElement actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    /// <summary>Tells whether <paramref name="expected"/> holds in <paramref name="actual"/>.</summary>
    public static bool Holds(JsonElement expected, JsonElement actual) => Differences(expected, actual).Count == 0;

    private static void Compare(JsonElement expected, JsonElement actual, string path, List<string> differences)
    {
        if (differences.Count >= MaxDifferences)
            return;
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object when actual.ValueKind == JsonValueKind.Object:
                foreach (var member in expected.EnumerateObject())
                {
                    var memberPath = MemberPath(path, member.Name);
                    if (actual.TryGetProperty(member.Name, out var value))
                        Compare(member.Value, value, memberPath, differences);
                    else
                        differences.Add($"{memberPath}: missing, expected {JsonText.Show(member.Value, 80)}");
                }

                break;
            case JsonValueKind.Array when actual.ValueKind == JsonValueKind.Array:
                var expectedLength = expected.GetArrayLength();
                var actualLength = actual.GetArrayLength();
                if (expectedLength != actualLength)
                {
                    differences.Add($"{path}: expected an array of {expectedLength} items, got {actualLength}: {JsonText.Show(actual, 80)}");
                    break;
                }

                var index = 0;
                foreach (var (expectedItem, actualItem) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                    Compare(expectedItem, actualItem, $"{path}[{index++}]", differences);
                break;
            default:
                if (!ScalarsEqual(expected, actual))
                    differences.Add($"{path}: expected {JsonText.Show(expected, 80)}, got {JsonText.Show(actual, 80)}");
                break;
        }
    }

    private static bool ScalarsEqual(JsonElement expected, JsonElement actual) => (expected.ValueKind, actual.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => NumbersEqual(expected, actual),
        (JsonValueKind.String, JsonValueKind.String) => string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal),
        (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null, _) => expected.ValueKind == actual.ValueKind,
        _ => false,
    };

    private static bool NumbersEqual(JsonElement expected, JsonElement actual)
    {
        if (expected.TryGetDecimal(out var expectedDecimal) && actual.TryGetDecimal(out var actualDecimal))
            return expectedDecimal == actualDecimal;
        return expected.TryGetDouble(out var expectedDouble) && actual.TryGetDouble(out var actualDouble)
            ? expectedDouble.Equals(actualDouble)
            : string.Equals(expected.GetRawText(), actual.GetRawText(), StringComparison.Ordinal);
    }

    private static string MemberPath(string path, string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{path}.{name}" : $"{path}['{name}']";
}
