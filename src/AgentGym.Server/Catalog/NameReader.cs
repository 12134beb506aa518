using System.Text.Json;
using System.Text.RegularExpressions;
using AgentGym.Server.Api;

namespace AgentGym.Server.Catalog;

/// <summary>The rule for the names of agents and benchmarks given over the API: letters, digits, '.', '_' and '-'.</summary>
internal static partial class NameReader
{
    public const string Rule = "must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit.";

    public static bool IsValid(string name) => Pattern().IsMatch(name);

    public static string? Read(JsonElement body, string field, BodyErrors errors)
    {
        if (!body.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(field, "is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !IsValid(value.GetString()!))
        {
            errors.Add(field, Rule);
            return null;
        }

        return value.GetString();
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
