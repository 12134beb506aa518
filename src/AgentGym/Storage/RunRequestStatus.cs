using AgentGym.Results;

namespace AgentGym.Sdk;

/// <summary>
/// Where a requested run stands: <c>pending</c>, then <c>running</c>, then a final status, which for a test is its
/// <see cref="AgentTestStatus"/> in lower case (<c>passed</c>, <c>failed</c>, <c>timeout</c>, <c>error</c>, <c>skipped</c>, <c>cancelled</c>).
/// </summary>
public static class RunRequestStatus
{
    /// <summary>Waiting in the queue.</summary>
    public const string Pending = "pending";

    /// <summary>Taken by a worker, running now.</summary>
    public const string Running = "running";

    /// <summary>Ended with an error before or outside the agent (unknown test, the server stopped).</summary>
    public const string Error = "error";

    /// <summary>Cancelled before or while it ran.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>Gets the final status of a test's result.</summary>
    /// <param name="status">The result's status.</param>
    /// <returns>The status text.</returns>
    public static string Of(AgentTestStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>Gets whether a status is final (neither pending nor running).</summary>
    /// <param name="status">The status text.</param>
    /// <returns><see langword="true"/> when the run has ended.</returns>
    public static bool IsFinal(string status) => status is not (Pending or Running);
}
