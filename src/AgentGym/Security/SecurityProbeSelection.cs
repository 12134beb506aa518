namespace AgentGym.Security;

/// <summary>
/// Which probes a test applies, and how: what <c>[SecurityProbes]</c> and the <c>probes</c> field of a declarative test say.
/// Filters combine: a probe is selected when it is in one of the categories, one of the sets and one of the ids given
/// (an empty filter selects all).
/// </summary>
public sealed record SecurityProbeSelection
{
    /// <summary>Gets the OWASP categories, by code (<c>LLM01</c>) or name.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Gets the probe sets, such as <c>jailbreak</c>.</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    /// <summary>Gets the probe ids.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>Gets probe files of your own (JSON or YAML), relative to the test assembly's folder or the declarative file's.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Gets whether the built-in corpus is included (default); without it only <see cref="Files"/> are.</summary>
    public bool IncludeBuiltIn { get; init; } = true;

    /// <summary>Gets how the probes are applied.</summary>
    public SecurityProbeOptions Options { get; init; } = new();

    /// <summary>Reads the corpus (the built-in one and the files) and selects the probes.</summary>
    /// <param name="baseDirectory">The folder that relative file paths resolve against.</param>
    /// <returns>The probes, in corpus order.</returns>
    /// <exception cref="ProbeFileException">A file cannot be read or is not a valid probe file.</exception>
    /// <exception cref="ArgumentException">A filter names something the corpus lacks, or nothing is selected.</exception>
    public IReadOnlyList<SecurityProbe> Resolve(string baseDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(baseDirectory);
        var corpus = IncludeBuiltIn ? SecurityProbeCorpus.BuiltIn : SecurityProbeCorpus.Empty;
        foreach (var file in Files)
            corpus = corpus.With(SecurityProbeCorpus.Load(Path.GetFullPath(file, baseDirectory), file));
        if (corpus.Probes.Count == 0)
            throw new ArgumentException("There are no probes: include the built-in corpus or name probe files.");
        var selected = corpus.Select(Categories, Sets, Ids);
        return selected.Count > 0
            ? selected
            : throw new ArgumentException($"The filters select no probe (categories: {Show(Categories)}; sets: {Show(Sets)}; ids: {Show(Ids)}).");
    }

    private static string Show(IReadOnlyList<string> values) => values.Count == 0 ? "any" : string.Join(", ", values);
}
