namespace AgentGym.Validation;

/// <summary>One line of a trajectory diff: an expected step and the call it was paired with, either of them missing.</summary>
/// <param name="Kind">How the step and the call compare.</param>
/// <param name="Step">The step's index, or <see langword="null"/> for a call no step expected.</param>
/// <param name="Call">The call's index, or <see langword="null"/> for a step no call made.</param>
/// <param name="Differences">Why the call's arguments are not the step's, for <see cref="TrajectoryRowKind.ArgumentsDiffer"/>.</param>
internal sealed record TrajectoryRow(TrajectoryRowKind Kind, int? Step, int? Call, IReadOnlyList<string> Differences);

/// <summary>How an expected step and an actual call compare.</summary>
internal enum TrajectoryRowKind
{
    /// <summary>The call is the step.</summary>
    Matched,

    /// <summary>The call is to the step's tool, with other arguments.</summary>
    ArgumentsDiffer,

    /// <summary>No call made the step.</summary>
    Missing,

    /// <summary>No step expected the call.</summary>
    Unexpected,
}
