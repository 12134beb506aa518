namespace XunitTrivial;

/// <summary>The agent under test: it answers at once with the task it was given.</summary>
public static class EchoAgent
{
    public static string Run(string task) => task;
}
