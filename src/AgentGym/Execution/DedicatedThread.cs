namespace AgentGym.Execution;

/// <summary>
/// Starts user code (an agent, a test body, validators) on a thread of its own rather than on the thread pool, so that
/// code that blocks its thread (<c>Thread.Sleep</c>, <c>.Result</c>, a catastrophic regular expression) holds only that
/// thread and cannot starve the timeouts and the other tests of the run.
/// </summary>
internal static class DedicatedThread
{
    /// <summary>Runs <paramref name="work"/> on a new thread; what follows its first <c>await</c> runs where that await resumes.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="work">The work.</param>
    /// <returns>The work's task.</returns>
    public static Task<T> Run<T>(Func<Task<T>> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
}
