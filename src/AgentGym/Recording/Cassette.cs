using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentGym.Recording;

/// <summary>
/// A file of recorded exchanges, keyed by request. One instance per file and process, safe to share between tests
/// that run at the same time: each new exchange is written at once, whole and atomically (a temporary file renamed over
/// the old one), with exchanges sorted by key and no timestamps, so the same exchanges always give the same bytes.
/// </summary>
public sealed class Cassette
{
    /// <summary>The version written in every cassette file.</summary>
    public const int FormatVersion = 1;

    private static readonly ConcurrentDictionary<string, Cassette> Opened = new(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly Lock _gate = new();
    private readonly HashSet<string> _recordedThisRun = new(StringComparer.Ordinal);
    private SortedDictionary<string, CassetteEntry>? _entries;

    private Cassette(string path) => Path = path;

    /// <summary>Gets the cassette file's full path.</summary>
    public string Path { get; }

    /// <summary>Gets how many exchanges the cassette holds.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return Entries.Count;
        }
    }

    private SortedDictionary<string, CassetteEntry> Entries => _entries ??= Load(Path);

    /// <summary>Opens the cassette at <paramref name="path"/>, shared with every other user of the same file in this process. The file is read on first use; it need not exist.</summary>
    /// <param name="path">The cassette file.</param>
    /// <returns>The cassette.</returns>
    public static Cassette Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Opened.GetOrAdd(System.IO.Path.GetFullPath(path), static p => new Cassette(p));
    }

    /// <summary>Gets the keys of the recorded exchanges, sorted.</summary>
    /// <returns>The keys.</returns>
    public IReadOnlyList<string> GetKeys()
    {
        lock (_gate)
            return [.. Entries.Keys];
    }

    internal bool TryGet(string key, out CassetteEntry entry)
    {
        lock (_gate)
            return Entries.TryGetValue(key, out entry!);
    }

    /// <summary>Adds an exchange and writes the file. A request recorded twice in one run keeps its first recording, so concurrent duplicates give one answer.</summary>
    internal void Save(CassetteEntry entry)
    {
        lock (_gate)
        {
            if (!_recordedThisRun.Add(entry.Key))
                return;
            Entries[entry.Key] = entry;
            Write();
        }
    }

    private void Write()
    {
        var exchanges = new JsonArray();
        foreach (var entry in Entries.Values)
        {
            exchanges.Add(new JsonObject
            {
                ["key"] = entry.Key,
                ["kind"] = entry.Kind,
                ["request"] = entry.Request.DeepClone(),
                ["response"] = entry.Response?.DeepClone(),
            });
        }

        var document = new JsonObject { ["version"] = FormatVersion, ["exchanges"] = exchanges };
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, CanonicalJson.Indented(document) + "\n");
        File.Move(temporary, Path, overwrite: true);
    }

    private static SortedDictionary<string, CassetteEntry> Load(string path)
    {
        var entries = new SortedDictionary<string, CassetteEntry>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return entries;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new JsonException("the file is not a JSON object");
            var version = root["version"]?.GetValue<int>();
            if (version != FormatVersion)
                throw new JsonException($"version is {version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"}; expected {FormatVersion}");
            var exchanges = root["exchanges"] as JsonArray ?? throw new JsonException("'exchanges' is missing or not an array");
            for (var i = 0; i < exchanges.Count; i++)
            {
                var item = exchanges[i] as JsonObject ?? throw new JsonException($"exchanges[{i}] is not an object");
                var key = item["key"]?.GetValue<string>() ?? throw new JsonException($"exchanges[{i}].key is missing");
                var kind = item["kind"]?.GetValue<string>() ?? throw new JsonException($"exchanges[{i}].kind is missing");
                var request = item["request"] ?? throw new JsonException($"exchanges[{i}].request is missing");
                entries[key] = new CassetteEntry(key, kind, request.DeepClone(), item["response"]?.DeepClone());
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The cassette '{path}' is not a valid AgentGym cassette: {ex.Message}. Delete it and record again.", ex);
        }

        return entries;
    }
}
