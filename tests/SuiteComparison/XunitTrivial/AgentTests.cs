namespace XunitTrivial;

/// <summary>The suite's one test: 200 tasks for the echo agent. Each of the ten classes below runs it.</summary>
public abstract class AgentTests
{
    public static TheoryData<string> Tasks { get; } = new(Enumerable.Range(1, 200).Select(i => $"task {i}"));

    [Theory, MemberData(nameof(Tasks))]
    public void Agent_echoes_the_task(string task) => Assert.Equal(task, EchoAgent.Run(task));
}
