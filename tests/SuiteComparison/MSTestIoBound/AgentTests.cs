namespace MSTestIoBound;

/// <summary>The suite's one test: 20 tasks for the slow agent. Each of the ten classes in TestClasses.cs runs it.</summary>
public abstract class AgentTests
{
    public static IEnumerable<object[]> Tasks { get; } = [.. Enumerable.Range(1, 20).Select(i => new object[] { $"task {i}" })];

    [TestMethod, DynamicData(nameof(Tasks))]
    public async Task Agent_completes_the_task(string task) =>
        Assert.AreEqual("done: " + task, await SlowAgent.RunAsync(task, CancellationToken.None));
}
