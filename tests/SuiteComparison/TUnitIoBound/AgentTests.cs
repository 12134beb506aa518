namespace TUnitIoBound;

/// <summary>The suite's one test: 20 tasks for the slow agent. Each of the ten classes in TestClasses.cs runs it.</summary>
public abstract class AgentTests
{
    public static IEnumerable<string> Tasks() => Enumerable.Range(1, 20).Select(i => $"task {i}");

    [Test, MethodDataSource(nameof(Tasks))]
    public async Task Agent_completes_the_task(string task) =>
        await Assert.That(await SlowAgent.RunAsync(task, CancellationToken.None)).IsEqualTo("done: " + task);
}
