using System.Text.Json;
using AgentGym.Definitions;

namespace AgentGym.Sdk;

/// <summary>What a <see cref="RunJournal"/> file says, read back. Lines that cannot be read (a write the crash cut short) are skipped.</summary>
internal sealed class RunJournalText
{
    /// <summary>Gets the first line, or <see langword="null"/> when the file has none.</summary>
    public RunJournalHeader? Header { get; private set; }

    /// <summary>Gets the store's id of the run, when the store had begun it.</summary>
    public long? RunId { get; private set; }

    /// <summary>Gets the tests that started, by their number in the journal, in order.</summary>
    public SortedDictionary<long, RunJournalEntry> Started { get; } = [];

    /// <summary>Gets the numbers of the tests that ended.</summary>
    public HashSet<long> Ended { get; } = [];

    /// <summary>Reads a journal's bytes.</summary>
    /// <param name="bytes">The file's content.</param>
    /// <returns>What it says.</returns>
    public static RunJournalText Parse(ReadOnlySpan<byte> bytes)
    {
        var text = new RunJournalText();
        while (bytes.Length > 0)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = (end < 0 ? bytes : bytes[..end]).Trim((byte)0);
            bytes = end < 0 ? [] : bytes[(end + 1)..];
            if (line.Length > 0)
                text.Read(line);
        }

        return text;
    }

    private void Read(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var document = JsonDocument.ParseValue(ref reader);
            var json = document.RootElement;
            if (json.TryGetProperty("s", out var started))
                Started[started.GetInt64()] = Entry(json);
            else if (json.TryGetProperty("e", out var ended))
                Ended.Add(ended.GetInt64());
            else if (json.TryGetProperty("run", out var run))
                RunId = run.GetInt64();
            else if (json.TryGetProperty("journal", out _))
                Header = new RunJournalHeader(
                    json.GetProperty("pid").GetInt32(),
                    json.GetProperty("process_started").GetDateTimeOffset(),
                    Text(json, "source"),
                    Text(json, "machine") ?? Environment.MachineName,
                    json.GetProperty("started_at").GetDateTimeOffset());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // Cut short or overwritten: nothing to learn from this line.
        }
    }

    private static RunJournalEntry Entry(JsonElement json) => new(
        json.GetProperty("id").GetString()!,
        json.GetProperty("name").GetString()!,
        json.GetProperty("display").GetString()!,
        Enum.TryParse<AgentTestType>(Text(json, "type"), out var type) ? type : default,
        Text(json, "agent"),
        json.GetProperty("at").GetDateTimeOffset());

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
