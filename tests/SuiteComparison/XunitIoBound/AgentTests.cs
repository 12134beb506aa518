namespace XunitIoBound;

/// <summary>The suite's one test: 20 tasks for the slow agent. Each of the ten classes below runs it.</summary>
public abstract class AgentTests
{
    public static TheoryData<string> Tasks { get; } = new(Enumerable.Range(1, 20).Select(i => $"task {i}"));

    [Theory, MemberData(nameof(Tasks))]
    public async Task Agent_completes_the_task(string task) =>
        Assert.Equal("done: " + task, await SlowAgent.RunAsync(task, CancellationToken.None));
}
