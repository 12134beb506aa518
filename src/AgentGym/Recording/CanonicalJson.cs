using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGym.Recording;

/// <summary>JSON in one canonical form (object members sorted, volatile members dropped) and the stable keys made from it.</summary>
internal static class CanonicalJson
{
    /// <summary>How cassettes are written: indented, readable, with \n line ends on every machine.</summary>
    public static readonly JsonSerializerOptions FileOptions = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns a copy of <paramref name="node"/> with object members sorted by name and members named in <paramref name="ignored"/> removed at any depth.</summary>
    public static JsonNode? Normalize(JsonNode? node, IReadOnlySet<string>? ignored = null)
    {
        switch (node)
        {
            case JsonObject obj:
                var sorted = new JsonObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (ignored is null || !ignored.Contains(name))
                        sorted[name] = Normalize(value, ignored);
                }

                return sorted;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => Normalize(item, ignored))]);
            default:
                return node?.DeepClone();
        }
    }

    /// <summary>Parses text as JSON, or returns <see langword="null"/> when it is not JSON.</summary>
    public static JsonNode? TryParse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Gets the compact text of a node.</summary>
    public static string Compact(JsonNode? node) => node?.ToJsonString(CompactOptions) ?? "null";

    /// <summary>Gets the indented text of a node, as written in a cassette.</summary>
    public static string Indented(JsonNode? node) => node?.ToJsonString(FileOptions) ?? "null";

    /// <summary>Makes the key of a request: the SHA-256 of its kind and canonical JSON, in hexadecimal.</summary>
    public static string Key(string kind, JsonNode request)
    {
        var bytes = Encoding.UTF8.GetBytes(kind + "\n" + Compact(Normalize(request)));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
