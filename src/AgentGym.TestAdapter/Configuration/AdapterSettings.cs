using AgentGym.Configuration;

namespace AgentGym.TestAdapter.Configuration;

/// <summary>What the runsettings say to AgentGym, and what was wrong in them.</summary>
/// <param name="Options">The engine options; defaults where a value was missing or wrong.</param>
/// <param name="Errors">Values that could not be used, each naming its element.</param>
/// <param name="Warnings">Elements that were ignored, such as unknown names in the <c>&lt;AgentGym&gt;</c> section.</param>
internal sealed record AdapterSettings(AgentGymOptions Options, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Gets whether the test platform is told as each test starts (<c>RecordStart</c>). Something reads it in an IDE (the
    /// runsettings' <c>DesignMode</c>), which shows the tests that are running, and when data collectors such as blame are
    /// configured, which follow each test. A command-line run without them leaves it out: nothing there reads it, and
    /// each start is sent to vstest.console with the whole test case, which costs a quick suite about a tenth of its time.
    /// </summary>
    public bool ReportTestStarts { get; init; } = true;

    /// <summary>
    /// Gets whether informational messages (what was found, where results are recorded) are sent to the test platform.
    /// Something shows them in an IDE, in a logger other than the console (TRX keeps them in its output), and in the console
    /// at normal or detailed verbosity. At <c>dotnet test</c>'s default, minimal, nothing does, and the first message sent
    /// costs the run about 25 ms of start-up (the test platform's serializer starting). Warnings and errors are always sent.
    /// </summary>
    public bool ShowsInformation { get; init; } = true;

    /// <summary>Gets the settings of a run without runsettings.</summary>
    public static AdapterSettings Default => new(new AgentGymOptions(), [], []);
}
