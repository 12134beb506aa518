using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace SupportAgent.Tests;

/// <summary>
/// A deterministic stand-in for a judge model, so that the sample's judged tests run offline and free. It scores the
/// share of the rubric's quoted terms ('like this') that the agent's answer contains, and explains which ones it found.
/// In production, register a real model with <c>builder.AddJudge(chatClient)</c> instead.
/// </summary>
public sealed partial class SimulatedJudge : IChatClient
{
    /// <inheritdoc />
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.Last(m => m.Role == ChatRole.User).Text;
        var rubric = Section(prompt, "Rubric");
        var answer = Section(prompt, "The agent's answer");
        var terms = QuotedTerm().Matches(rubric).Select(m => m.Groups[1].Value).ToList();
        var found = terms.Where(t => answer.Contains(t, StringComparison.OrdinalIgnoreCase)).ToList();
        var score = terms.Count == 0 ? 1.0 : (double)found.Count / terms.Count;
        var reasoning = terms.Count == 0
            ? "The rubric names no quoted terms to look for."
            : $"The answer contains {found.Count} of {terms.Count} expected terms" + (found.Count < terms.Count ? $"; missing: {string.Join(", ", terms.Except(found))}." : ".");
        // Real judges wrap their JSON in prose and code fences too; the validator reads it either way.
        var reply = $"Verdict:\n```json\n{{\"score\": {score.ToString("0.##", CultureInfo.InvariantCulture)}, \"reasoning\": \"{reasoning}\"}}\n```";
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply)) { ModelId = "simulated-judge-1" });
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
            yield return update;
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static string Section(string prompt, string heading)
    {
        var start = prompt.IndexOf($"## {heading}", StringComparison.Ordinal);
        if (start < 0)
            return string.Empty;
        start = prompt.IndexOf('\n', start) + 1;
        var end = prompt.IndexOf("\n## ", start, StringComparison.Ordinal);
        return end < 0 ? prompt[start..] : prompt[start..end];
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedTerm();
}
