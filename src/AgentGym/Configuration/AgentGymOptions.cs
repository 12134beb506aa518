namespace AgentGym.Configuration;

/// <summary>
/// Run-wide settings. Read from the <c>&lt;AgentGym&gt;</c> section of a runsettings file, then handed to the startup class,
/// which may override them in <c>Configure</c>.
/// </summary>
public sealed class AgentGymOptions
{
    /// <summary>The default of <see cref="MaxConcurrency"/>: agent tests wait on I/O, so many run at once.</summary>
    public const int DefaultMaxConcurrency = 64;

    /// <summary>The default of <see cref="DefaultTimeout"/>.</summary>
    public static readonly TimeSpan DefaultTestTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets or sets how many test cases run at the same time (default 64). 1 runs them one by one.</summary>
    public int MaxConcurrency { get; set; } = DefaultMaxConcurrency;

    /// <summary>Gets or sets the timeout of one attempt when a test sets none (default 2 minutes).</summary>
    public TimeSpan DefaultTimeout { get; set; } = DefaultTestTimeout;

    /// <summary>Gets or sets how much each result's output shows (default <see cref="OutputVerbosity.Normal"/>).</summary>
    public OutputVerbosity Verbosity { get; set; } = OutputVerbosity.Normal;

    /// <summary>
    /// Gets or sets where results are recorded: a SQLite file, a PostgreSQL connection string, or <c>off</c>. <see langword="null"/>
    /// (the default) takes <c>AGENTGYM_STORE</c>, else <c>.agentgym/results.db</c> next to the test project (see <see cref="Storage.StoreSettings"/>).
    /// </summary>
    public string? Store { get; set; }

    /// <summary>Gets or sets the branch whose last passing run is the baseline of regression tests (default <c>main</c>).</summary>
    public string BaselineBranch { get; set; } = "main";

    /// <summary>Gets or sets the part of the suite this machine runs (<c>2/3</c>), or <see langword="null"/> to run every test.</summary>
    public Execution.TestShard? Shard { get; set; }

    /// <summary>Creates a copy that the startup class can change without touching the original.</summary>
    /// <returns>The copy.</returns>
    public AgentGymOptions Clone() => (AgentGymOptions)MemberwiseClone();

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
    }
}
