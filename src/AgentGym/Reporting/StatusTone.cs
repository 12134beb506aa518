namespace AgentGym.Sdk;

/// <summary>How a report marks a status: passed, a failure (by the one outcome rule), or neither.</summary>
public enum StatusTone
{
    /// <summary>Neither passed nor a failure: skipped, cancelled, pending.</summary>
    Neutral,

    /// <summary>Passed.</summary>
    Passed,

    /// <summary>A failure: failed, timed out or an error, or a test that was running when its test host died.</summary>
    Failed,
}
