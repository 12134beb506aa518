using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace ShopAssistant.Models;

/// <summary>What a scripted model reads of a conversation: the system prompt, the task, its context, and the tool calls and results so far.</summary>
public sealed partial class Conversation
{
    public Conversation(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        SystemPrompt = string.Join("\n", messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
        var user = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? string.Empty;
        var cut = user.IndexOf("\n\nContext: ", StringComparison.Ordinal);
        Task = cut < 0 ? user : user[..cut];
        Context = cut < 0 ? default : JsonDocument.Parse(user[(cut + "\n\nContext: ".Length)..]).RootElement.Clone();
        Calls = [.. messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>()];
        Results = [.. messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Select(r => r.Result?.ToString() ?? string.Empty)];
        Tools = options?.Tools?.Select(t => t.Name).ToHashSet(StringComparer.Ordinal) ?? [];
    }

    public string SystemPrompt { get; }

    public string Task { get; }

    public JsonElement Context { get; }

    public IReadOnlyList<FunctionCallContent> Calls { get; }

    public IReadOnlyList<string> Results { get; }

    public IReadOnlySet<string> Tools { get; }

    /// <summary>Gets the order number the task asks about, if any.</summary>
    public int? OrderId => OrderNumber().Match(Task) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Gets a value of the task's context, if there is one.</summary>
    public string? ContextValue(string key) =>
        Context.ValueKind == JsonValueKind.Object && Context.TryGetProperty(key, out var value) ? value.ToString() : null;

    /// <summary>Gets the texts of the retrieved documents in the context.</summary>
    public IEnumerable<string> Documents =>
        Context.ValueKind == JsonValueKind.Object && Context.TryGetProperty("retrieved_documents", out var documents) && documents.ValueKind == JsonValueKind.Array
            ? documents.EnumerateArray().Select(d => d.TryGetProperty("content", out var content) ? content.GetString() ?? string.Empty : string.Empty)
            : [];

    [GeneratedRegex(@"\border\s*#?(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex OrderNumber();
}
