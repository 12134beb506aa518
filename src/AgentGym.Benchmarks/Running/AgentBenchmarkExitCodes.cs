namespace AgentGym.Benchmarks.Running;

/// <summary>The exit codes of a benchmark console app whose <c>Main</c> calls <see cref="AgentBenchmarkSwitcher.Run"/>.</summary>
public static class AgentBenchmarkExitCodes
{
    /// <summary>Every selected benchmark ran to its end (or <c>--list</c>, <c>--help</c>).</summary>
    public const int Success = 0;

    /// <summary>No benchmark was run: the filter matched none, or the assembly has none.</summary>
    public const int NothingSelected = 1;

    /// <summary>An argument was unknown or had a bad value.</summary>
    public const int InvalidArguments = 2;

    /// <summary>Ctrl+C (or the caller's token) stopped the run; the reports of what ran are written and marked cancelled. 130 is what a shell reports for a process ended by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
