namespace AgentGym.Sdk;

/// <summary>What a recorded run is and where it ran.</summary>
public sealed record RunInfo
{
    /// <summary>Gets what ran: <c>test</c> or <c>benchmark</c>.</summary>
    public string Kind { get; init; } = RunKinds.Test;

    /// <summary>Gets the test assembly or project that ran.</summary>
    public string? Source { get; init; }

    /// <summary>Gets the git commit, when known.</summary>
    public string? Commit { get; init; }

    /// <summary>Gets the git branch, when known.</summary>
    public string? Branch { get; init; }

    /// <summary>Gets the machine's name.</summary>
    public string Machine { get; init; } = Environment.MachineName;

    /// <summary>Gets the group that runs of one CI job share (shards, several projects), from <c>AGENTGYM_RUN_GROUP</c>.</summary>
    public string? Group { get; init; }

    /// <summary>Gets when the run started.</summary>
    public DateTimeOffset StartedAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Describes a run of <paramref name="source"/> on this machine, with the git commit and branch of <paramref name="folder"/>.</summary>
    /// <param name="kind">What runs: <see cref="RunKinds.Test"/> or <see cref="RunKinds.Benchmark"/>.</param>
    /// <param name="source">The assembly or project.</param>
    /// <param name="folder">A folder in the repository, or <see langword="null"/> for the current one.</param>
    /// <returns>The run's description.</returns>
    public static RunInfo Detect(string kind, string? source, string? folder)
    {
        var git = GitInfo.Detect(folder);
        return new RunInfo
        {
            Kind = kind,
            Source = source,
            Commit = git.Commit,
            Branch = git.Branch,
            Group = GroupFromEnvironment(),
        };
    }

    // AGENTGYM_RUN_GROUP, read by the option rule (RunOptionText.RunGroup): any text that is not blank is a group.
    private static string? GroupFromEnvironment()
    {
        var read = new Configuration.AgentGymOptions();
        _ = RunOptionText.TrySetFromEnvironment(read, RunOptionText.RunGroup);
        return read.RunGroup;
    }
}
