using AgentGym.Recording;

namespace AgentGym.Configuration;

/// <summary>
/// Run-wide settings. Read from the <c>&lt;AgentGym&gt;</c> section of a runsettings file, then handed to the startup class,
/// which may override them in <c>Configure</c>.
/// </summary>
public sealed class AgentGymOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>: agent tests wait on I/O, so many run at once.</summary>
    public const int DefaultMaxConcurrency = 256;

    /// <summary>The default of <see cref="DefaultTimeout"/>.</summary>
    public static readonly TimeSpan DefaultTestTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how many test cases run at the same time (default 256). 1 runs them one by one.</summary>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>Gets or sets the timeout of one attempt when a test sets none (default 2 minutes).</summary>
    public TimeSpan DefaultTimeout { get; set; } = DefaultTestTimeout;

    /// <summary>Gets or sets how much each result's output shows (default <see cref="OutputVerbosity.Normal"/>).</summary>
    public OutputVerbosity Verbosity { get; set; } = OutputVerbosity.Normal;

    /// <summary>The default of <see cref="CassetteDirectory"/>.</summary>
    public const string DefaultCassetteDirectory = "Cassettes";

    /// <summary>
    /// Gets or sets whether model calls and HTTP agent calls are recorded to cassettes or replayed from them (default
    /// <see cref="RecordMode.Off"/>). The environment variable <c>AGENTGYM_RECORD_MODE</c>, when set, wins over this value.
    /// </summary>
    public RecordMode RecordMode { get; set; } = RecordMode.Off;

    /// <summary>
    /// Gets or sets the folder of cassette files (default <c>Cassettes</c>). A relative folder is taken from the test
    /// project's folder, so that cassettes sit next to the tests and are committed with them.
    /// </summary>
    public string CassetteDirectory { get; set; } = DefaultCassetteDirectory;

    /// <summary>
    /// Gets or sets what is redacted, beyond common key formats and the keys agents read from <c>env:</c> and <c>config:</c>,
    /// in everything that leaves the process: cassettes, results, the results store, reports and test output.
    /// </summary>
    public RedactionOptions Redaction { get; set; } = new();

    /// <summary>The default of <see cref="MaxResponseTextLength"/>: 32,768 characters.</summary>
    public const int DefaultMaxResponseTextLength = 32_768;

    /// <summary>
    /// Gets or sets how many characters of a response text, and of a test's output, results keep (test output, TRX, the
    /// results store, reports). A longer text is cut and says the cap and its full length; validators judge the whole text.
    /// </summary>
    public int MaxResponseTextLength { get; set; } = DefaultMaxResponseTextLength;
    /// <summary>
    /// Gets or sets where results are recorded: a SQLite file, a PostgreSQL connection string, or <c>off</c>. <see langword="null"/>
    /// (the default) takes <c>AGENTGYM_STORE</c>, else <c>.agentgym/results.db</c> next to the test project (see <see cref="Sdk.StoreSettings"/>).
    /// </summary>
    public string? Store { get; set; }

    /// <summary>Gets or sets the branch whose last passing run is the baseline of regression tests (default <c>main</c>).</summary>
    public string BaselineBranch { get; set; } = "main";

    /// <summary>
    /// Gets or sets the name shared by the runs of one CI job (shards, several projects), kept with each recorded run so that
    /// <c>agentgym report --group</c> merges them. <see langword="null"/> (the default) takes <c>AGENTGYM_RUN_GROUP</c>.
    /// </summary>
    public string? RunGroup { get; set; }

    /// <summary>Gets or sets the part of the suite this machine runs (<c>2/3</c>), or <see langword="null"/> to run every test.</summary>
    public Sdk.TestShard? Shard { get; set; }

    /// <summary>
    /// Gets or sets which tests run: only those that failed (or ended in an error) in the last recorded run of the test
    /// assembly on this machine, or <see langword="null"/> (the default) for every test the filter and shard select.
    /// </summary>
    public Sdk.RerunMode? Rerun { get; set; }

    /// <summary>Creates a copy that the startup class can change without touching the original.</summary>
    /// <returns>The copy.</returns>
    public AgentGymOptions Clone()
    {
        var copy = (AgentGymOptions)MemberwiseClone();
        copy.Redaction = Redaction.Clone();
        return copy;
    }

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range; the message names it.</exception>
    public void Validate()
    {
        if (MaxConcurrency < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrency), MaxConcurrency, "AgentGym MaxConcurrency must be at least 1.");
        if (DefaultTimeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DefaultTimeout), DefaultTimeout, "AgentGym DefaultTimeout must be positive.");
        if (!Enum.IsDefined(Verbosity))
            throw new ArgumentOutOfRangeException(nameof(Verbosity), Verbosity, "AgentGym Verbosity must be Minimal, Normal or Detailed.");
        if (!Enum.IsDefined(RecordMode))
            throw new ArgumentOutOfRangeException(nameof(RecordMode), RecordMode, "AgentGym RecordMode must be Off, Record, Replay or Auto.");
        if (string.IsNullOrWhiteSpace(CassetteDirectory))
            throw new ArgumentException("AgentGym CassetteDirectory must not be empty.", nameof(CassetteDirectory));
        ArgumentNullException.ThrowIfNull(Redaction, nameof(Redaction));
        if (MaxResponseTextLength < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxResponseTextLength), MaxResponseTextLength, "AgentGym MaxResponseTextLength must be at least 1.");
    }
}
