using System.Xml.Linq;
using AgentGym.EndToEnd.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    private static string CiFolder => Path.Combine(RepositoryLayout.Root, "samples", "ci");

    [Fact]
    public void The_github_actions_pipeline_has_a_shard_matrix_a_postgresql_store_published_results_artifacts_and_a_regression_gate()
    {
        var pipeline = PipelineFile.Load(Path.Combine(CiFolder, "github-actions.yml"));
        var jobs = PipelineFile.Child(pipeline.Root, "jobs");

        var test = PipelineFile.Child(jobs, "test");
        var shards = Assert.IsType<YamlSequenceNode>(PipelineFile.Child(PipelineFile.Child(PipelineFile.Child(test, "strategy"), "matrix"), "shard"));
        Assert.Equal(["1", "2", "3"], shards.Children.Select(s => ((YamlScalarNode)s).Value));
        Assert.StartsWith("postgres:", ((YamlScalarNode)PipelineFile.Child(PipelineFile.Child(PipelineFile.Child(test, "services"), "postgres"), "image")).Value, StringComparison.Ordinal);
        Assert.Contains("Host=localhost;Port=5432", ((YamlScalarNode)PipelineFile.Child(PipelineFile.Child(pipeline.Root, "env"), "AGENTGYM_STORE")).Value, StringComparison.Ordinal);
        var scalars = PipelineFile.Scalars(jobs).ToList();
        Assert.Contains("dotnet-trx", scalars);
        Assert.Contains("java-junit", scalars);
        Assert.Contains("agentgym-report/", scalars);
        Assert.Contains("benchmark-reports/", scalars);
        Assert.Contains("test", PipelineFile.Scalars(PipelineFile.Child(PipelineFile.Child(jobs, "regressions"), "needs")));
        Assert.Contains(pipeline.ShellSteps(), s => s.Contains("scripts/regressions.sh", StringComparison.Ordinal));
    }

    [Fact]
    public void The_azure_pipeline_has_a_shard_matrix_a_postgresql_store_published_results_artifacts_and_a_regression_gate()
    {
        var pipeline = PipelineFile.Load(Path.Combine(CiFolder, "azure-pipelines.yml"));
        var jobs = Assert.IsType<YamlSequenceNode>(PipelineFile.Child(pipeline.Root, "jobs")).Children;
        YamlNode Job(string name) => Assert.Single(jobs, j => PipelineFile.Scalars(PipelineFile.Child(j, "job")).Single() == name);

        var matrix = Assert.IsType<YamlMappingNode>(PipelineFile.Child(PipelineFile.Child(Job("test"), "strategy"), "matrix"));
        Assert.Equal(3, matrix.Children.Count);
        var container = Assert.Single(Assert.IsType<YamlSequenceNode>(PipelineFile.Child(PipelineFile.Child(pipeline.Root, "resources"), "containers")).Children);
        Assert.StartsWith("postgres:", PipelineFile.Scalars(PipelineFile.Child(container, "image")).Single(), StringComparison.Ordinal);
        var scalars = PipelineFile.Scalars(pipeline.Root).ToList();
        Assert.Contains("PublishTestResults@2", scalars);
        Assert.Contains("VSTest", scalars);
        Assert.Contains("JUnit", scalars);
        Assert.Contains("PublishPipelineArtifact@1", scalars);
        Assert.Contains("benchmark-reports", scalars);
        Assert.Equal("test", PipelineFile.Scalars(PipelineFile.Child(Job("regressions"), "dependsOn")).Single());
    }

    [Theory]
    [InlineData("github-actions.yml")]
    [InlineData("azure-pipelines.yml")]
    public async Task Every_shell_step_and_script_of_a_pipeline_is_valid_bash_and_names_scripts_that_exist(string file)
    {
        var steps = PipelineFile.Load(Path.Combine(CiFolder, file)).ShellSteps();

        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            var check = await DotNetCli.RunProgramAsync(RepositoryLayout.Root, "bash", "-n", "-c", step);
            Assert.True(check.ExitCode == 0, $"{file}: a step is not valid bash.{Environment.NewLine}{step}{Environment.NewLine}{check}");
            foreach (var script in step.Split([' ', '\n', '"'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.EndsWith(".sh", StringComparison.Ordinal)))
                Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, script)), $"{file} runs {script}, which does not exist.");
        }

        foreach (var script in Directory.EnumerateFiles(Path.Combine(CiFolder, "scripts"), "*.sh"))
        {
            var check = await DotNetCli.RunProgramAsync(RepositoryLayout.Root, "bash", "-n", script);
            Assert.True(check.ExitCode == 0, check.ToString());
        }
    }

    /// <summary>Runs the pipelines' own shell steps here: two shards of the packed consumer into one store, then the merged report.</summary>
    [Fact]
    public async Task The_pipeline_scripts_run_two_shards_into_one_store_and_merge_them_into_one_report()
    {
        var work = consumer.NewFolder("ci");
        var environment = new Dictionary<string, string>
        {
            ["TEST_PROJECT"] = consumer.ProjectFolder,
            ["DOTNET_TEST_ARGS"] = "--no-build",
            ["AGENTGYM_STORE"] = Path.Combine(work, "shared.db"),
            ["AGENTGYM_RUN_GROUP"] = "pipeline-7",
            ["AGENTGYM"] = $"dotnet {AgentGymCli}",
        };
        var scripts = Path.Combine(CiFolder, "scripts");

        var shard1 = await DotNetCli.RunProgramAsync(work, environment, "bash", Path.Combine(scripts, "test-shard.sh"), "1", "2");
        var shard2 = await DotNetCli.RunProgramAsync(work, environment, "bash", Path.Combine(scripts, "test-shard.sh"), "2", "2");
        var report = await DotNetCli.RunProgramAsync(work, environment, "bash", Path.Combine(scripts, "report.sh"));

        // The consumer has failing tests on purpose: a shard that holds one exits with 1, as dotnet test does.
        Assert.True(shard1.ExitCode is 0 or 1 && shard2.ExitCode is 0 or 1, $"{shard1}{Environment.NewLine}{shard2}");
        Assert.True(File.Exists(Path.Combine(work, "TestResults", "shard-1.trx")), shard1.ToString());
        Assert.True(File.Exists(Path.Combine(work, "TestResults", "shard-2.trx")), shard2.ToString());
        Assert.True(report.ExitCode == 0, report.ToString());
        foreach (var name in new[] { "agent-tests.html", "agent-tests.md", "agent-tests.xml", "agent-tests.json" })
            Assert.True(File.Exists(Path.Combine(work, "agentgym-report", name)), $"{name} missing.{Environment.NewLine}{report}");
        // One suite per recorded run: the two shards (and the benchmark run of the shard that holds the benchmark class).
        var junit = XDocument.Load(Path.Combine(work, "agentgym-report", "agent-tests.xml")).Root!;
        Assert.True(junit.Elements("testsuite").Count() >= 2, junit.ToString());
        var cases = junit.Descendants("testcase").Select(c => (string?)c.Attribute("name")).ToList();
        Assert.Equal(cases.Count, (int?)junit.Attribute("tests"));
        Assert.Equal(cases.Count, cases.Distinct().Count());
        Assert.Contains(cases, c => c!.Contains("Echoes_the_request", StringComparison.Ordinal));
        Assert.Contains(cases, c => c!.Contains("Says_goodbye", StringComparison.Ordinal));
    }
}
