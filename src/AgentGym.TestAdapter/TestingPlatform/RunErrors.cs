namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// The run-level errors the adapter reported in one session of the platform runner (a bad setting, a test file that could
/// not be read): VSTest fails a run that reported one, and so does the platform runner when it closes the session.
/// </summary>
internal sealed class RunErrors
{
    private int _count;
    private string? _first;

    /// <summary>Gets how many errors were reported.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Gets the first error reported, if any.</summary>
    public string? First => Volatile.Read(ref _first);

    /// <summary>Counts an error.</summary>
    /// <param name="message">The error's message.</param>
    public void Add(string message)
    {
        Interlocked.CompareExchange(ref _first, message, null);
        Interlocked.Increment(ref _count);
    }
}
