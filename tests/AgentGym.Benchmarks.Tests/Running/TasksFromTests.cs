using AgentGym.Benchmarks.Running;
using AgentGym.Benchmarks.Tests.Fakes;

namespace AgentGym.Benchmarks.Tests.Running;

public sealed class TasksFromTests
{
    [Fact]
    public async Task Each_line_of_the_file_is_a_task_with_its_expected_answer()
    {
        using var harness = new RunnerHarness();

        var run = await AgentBenchmarkRunner.RunAsync(typeof(DatasetBenchmark), harness.Config);

        Assert.Equal(["FromDataset[refund-42]", "FromDataset[#2]"], run.Tasks);
        Assert.All(run.Iterations, i => Assert.True(i.Succeeded, i.Error?.Message));
    }

    [Fact]
    public async Task Expected_answer_of_a_line_decides_success()
    {
        using var harness = new RunnerHarness();
        var config = harness.Config.WithStartup(b => b.AddAgent("good", harness.Bad));

        var run = await AgentBenchmarkRunner.RunAsync(typeof(DatasetBenchmark), config);

        Assert.All(run.Iterations, i => Assert.False(i.Succeeded));
    }

    [Fact]
    public async Task Bad_line_is_reported_with_its_file_and_line_number()
    {
        using var harness = new RunnerHarness();

        var error = await Assert.ThrowsAsync<AgentBenchmarkDefinitionException>(() => AgentBenchmarkRunner.RunAsync(typeof(BrokenFileBenchmark), harness.Config));

        Assert.Contains("broken.jsonl:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"context\" field must be an object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_that_is_not_json_is_reported_with_its_line_number()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["""{"task": "ok"}""", "{not json"]);

            var error = Assert.Throws<AgentBenchmarkDefinitionException>(() => TaskFileReader.Read(path, "Bench.Task"));

            Assert.Contains($"{path}:2: not valid JSON", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_is_reported_with_the_method_that_names_it()
    {
        var error = Assert.Throws<AgentBenchmarkDefinitionException>(() => TaskFileReader.Read("/nowhere/tasks.jsonl", "Bench.Task"));

        Assert.Contains("[TasksFrom] on Bench.Task", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}
