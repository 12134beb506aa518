using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGym.Validation;

/// <summary>
/// Finds chains of local <c>$ref</c> references in a schema's JSON that lead back to themselves (<c>{"$ref": "#"}</c>, or
/// definitions that refer to each other), which describe no schema at all, before the schema library meets them.
/// </summary>
internal static class JsonSchemaCycles
{
    private const int MaxChain = 1000;

    /// <summary>Finds a cycle.</summary>
    /// <param name="json">The schema's JSON.</param>
    /// <returns>The cycle as a chain of references (<c>#/definitions/a → #/definitions/b → #/definitions/a</c>), or <see langword="null"/>.</returns>
    public static string? Find(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 256, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null)
            return null;
        foreach (var node in Objects(root))
        {
            var chain = new List<string>();
            var current = node;
            while (Reference(current) is { } reference)
            {
                if (chain.Contains(reference, StringComparer.Ordinal))
                    return string.Join(" → ", chain.Append(reference));
                chain.Add(reference);
                if (chain.Count > MaxChain)
                    return $"a chain of more than {MaxChain} references starting at {chain[0]}";
                current = Resolve(root, reference);
                if (current is null)
                    break;
            }
        }

        return null;
    }

    private static string? Reference(JsonObject? node) =>
        node?["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference) && reference.StartsWith('#') ? reference : null;

    private static JsonObject? Resolve(JsonNode root, string reference)
    {
        var pointer = Uri.UnescapeDataString(reference[1..]);
        JsonNode? current = root;
        foreach (var token in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            current = current switch
            {
                JsonObject obj => obj[name],
                JsonArray array when int.TryParse(name, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (current is null)
                return null;
        }

        return current as JsonObject;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode root)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            if (node is JsonObject obj)
            {
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                        pending.Push(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array)
                {
                    if (child is not null)
                        pending.Push(child);
                }
            }
        }
    }
}
