namespace AgentGym.Sdk;

/// <summary>How a test's result changed from one run to another. The order is the order a comparison lists them in.</summary>
public enum TestChange
{
    /// <summary>A failure now (by <see cref="Sdk.Outcomes.IsFailure"/>) that was not one before.</summary>
    NowFailing,

    /// <summary>Passed now, a failure before.</summary>
    NowPassing,

    /// <summary>Another change of status, such as failed to timed out, or passed to skipped.</summary>
    StatusChanged,

    /// <summary>In the later run only.</summary>
    New,

    /// <summary>In the earlier run only.</summary>
    Gone,

    /// <summary>The same status in both runs.</summary>
    Unchanged,
}
