namespace AgentGym.Validation;

/// <summary>How the tool calls an agent made are compared with an <see cref="ExpectedTrajectory"/>.</summary>
public enum TrajectoryMatch
{
    /// <summary>The same calls in the same order, and no others.</summary>
    Strict,

    /// <summary>The same calls in any order, and no others.</summary>
    Unordered,

    /// <summary>Every call the agent made is one of the expected steps (any order); expected steps may be left out. Guards against tools the agent should not need.</summary>
    Subset,

    /// <summary>Every expected step was called (any order); the agent may make other calls too. Checks what must happen without pinning the rest.</summary>
    Superset,
}
