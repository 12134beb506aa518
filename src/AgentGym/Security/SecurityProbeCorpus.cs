namespace AgentGym.Security;

/// <summary>
/// A set of security probes: the built-in corpus that ships with AgentGym (<see cref="BuiltIn"/>), probe files of your own,
/// or both. Probe files are JSON or YAML of format <see cref="FileFormat"/>; see docs/security-testing.md.
/// </summary>
public sealed class SecurityProbeCorpus
{
    /// <summary>The version of the built-in corpus; it changes when probes are added or changed.</summary>
    public const string BuiltInVersion = "2025.12";

    /// <summary>The format of probe files this version reads.</summary>
    public const int FileFormat = ProbeFileReader.Format;

    private const string ResourcePrefix = "AgentGym.Security.Corpus.";

    private static readonly Lazy<SecurityProbeCorpus> BuiltInCorpus = new(LoadBuiltIn);

    private SecurityProbeCorpus(IReadOnlyList<SecurityProbe> probes) => Probes = probes;

    /// <summary>Gets a corpus without probes, to add files to.</summary>
    public static SecurityProbeCorpus Empty { get; } = new([]);

    /// <summary>Gets the corpus that ships with AgentGym.</summary>
    public static SecurityProbeCorpus BuiltIn => BuiltInCorpus.Value;

    /// <summary>Gets the probes, file by file in the order read.</summary>
    public IReadOnlyList<SecurityProbe> Probes { get; }

    /// <summary>Gets the names of the probe sets, in the order they first appear.</summary>
    public IReadOnlyList<string> Sets => [.. Probes.Select(p => p.Set).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads a probe file; <c>.yaml</c> and <c>.yml</c> files are YAML, others JSON.</summary>
    /// <param name="path">The file.</param>
    /// <param name="displayPath">The path shown in messages; defaults to <paramref name="path"/>.</param>
    /// <returns>The file's probes.</returns>
    /// <exception cref="ProbeFileException">The file cannot be read or is not a valid probe file.</exception>
    public static SecurityProbeCorpus Load(string path, string? displayPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        displayPath ??= path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ProbeFileException(displayPath, null, string.Empty, $"cannot be read: {ex.Message}");
        }

        return Parse(text, displayPath, IsYaml(path));
    }

    /// <summary>Reads a probe file's text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file's name, for messages.</param>
    /// <param name="isYaml">Whether the text is YAML rather than JSON.</param>
    /// <returns>The probes.</returns>
    /// <exception cref="ProbeFileException">The text is not a valid probe file.</exception>
    public static SecurityProbeCorpus Parse(string text, string file, bool isYaml)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        return new SecurityProbeCorpus(ProbeFileReader.Read(text, file, isYaml));
    }

    /// <summary>Makes a corpus of this one's probes followed by <paramref name="other"/>'s.</summary>
    /// <param name="other">More probes.</param>
    /// <returns>The union.</returns>
    /// <exception cref="ProbeFileException">A probe id of <paramref name="other"/> is already used here.</exception>
    public SecurityProbeCorpus With(SecurityProbeCorpus other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var known = Probes.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var probe in other.Probes)
        {
            if (known.TryGetValue(probe.Id, out var first))
                throw new ProbeFileException(probe.SourceFile, probe.SourceLine, "id", $"'{probe.Id}' is already the id of a probe in {first.SourceFile}{(first.SourceLine is { } l ? $":{l}" : string.Empty)}; probe ids must be unique.");
        }

        return new SecurityProbeCorpus([.. Probes, .. other.Probes]);
    }

    /// <summary>Selects probes: those of the given categories, sets and ids (an empty filter selects all).</summary>
    /// <param name="categories">OWASP codes (<c>LLM01</c>) or category names.</param>
    /// <param name="sets">Probe set names.</param>
    /// <param name="ids">Probe ids.</param>
    /// <returns>The probes, in corpus order.</returns>
    /// <exception cref="ArgumentException">A filter names a category, set or probe that the corpus does not have.</exception>
    public IReadOnlyList<SecurityProbe> Select(IEnumerable<string>? categories = null, IEnumerable<string>? sets = null, IEnumerable<string>? ids = null)
    {
        var wantedCategories = new HashSet<OwaspCategory>();
        foreach (var code in categories ?? [])
        {
            if (!OwaspCategories.TryParse(code, out var category))
                throw new ArgumentException($"'{code}' is not a category an agent test can reach; use one of {OwaspCategories.KnownCodes}.", nameof(categories));
            wantedCategories.Add(category);
        }

        var wantedSets = (sets ?? []).ToHashSet(StringComparer.Ordinal);
        if (wantedSets.FirstOrDefault(s => !Sets.Contains(s, StringComparer.Ordinal)) is { } unknownSet)
            throw new ArgumentException($"'{unknownSet}' is not a probe set; known sets: {string.Join(", ", Sets)}.", nameof(sets));
        var wantedIds = (ids ?? []).ToHashSet(StringComparer.Ordinal);
        if (wantedIds.FirstOrDefault(id => !Probes.Any(p => p.Id == id)) is { } unknownId)
            throw new ArgumentException($"'{unknownId}' is not the id of a probe in the corpus.", nameof(ids));

        return [.. Probes.Where(p =>
            (wantedCategories.Count == 0 || wantedCategories.Contains(p.Category))
            && (wantedSets.Count == 0 || wantedSets.Contains(p.Set))
            && (wantedIds.Count == 0 || wantedIds.Contains(p.Id)))];
    }

    internal static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static SecurityProbeCorpus LoadBuiltIn()
    {
        var assembly = typeof(SecurityProbeCorpus).Assembly;
        var corpus = Empty;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var file = "built-in:" + name[ResourcePrefix.Length..];
            corpus = corpus.With(Parse(reader.ReadToEnd(), file, IsYaml(name)));
        }

        return corpus;
    }
}
