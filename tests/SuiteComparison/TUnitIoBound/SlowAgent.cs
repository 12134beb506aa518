namespace TUnitIoBound;

/// <summary>The agent under test: it answers after 100 ms of waiting on I/O, as a model call does.</summary>
public static class SlowAgent
{
    public static async Task<string> RunAsync(string task, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        return "done: " + task;
    }
}
