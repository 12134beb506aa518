namespace AgentGym.Results;

/// <summary>Where an agent test run stands, or how it ended.</summary>
public enum AgentTestStatus
{
    /// <summary>Not started yet.</summary>
    Pending,

    /// <summary>Running now.</summary>
    Running,

    /// <summary>The agent answered and every validator passed.</summary>
    Passed,

    /// <summary>A validator, an assertion or the test body said the answer is wrong.</summary>
    Failed,

    /// <summary>The attempt did not finish within its timeout.</summary>
    Timeout,

    /// <summary>The agent threw, or the test could not run (unknown agent, bad declaration).</summary>
    Error,

    /// <summary>The test did not run, for the reason given (a Skip, a missing tool or service).</summary>
    Skipped,

    /// <summary>The run was cancelled while the test was running.</summary>
    Cancelled,
}
