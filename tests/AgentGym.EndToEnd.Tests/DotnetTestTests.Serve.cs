using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    [Fact]
    public async Task Agentgym_serve_with_the_project_lists_and_runs_its_agents_and_its_attributed_and_declarative_tests()
    {
        var folder = consumer.NewFolder("serve");
        var assembly = Path.Combine(consumer.ProjectFolder, "bin", "Debug", RepositoryLayout.TargetFramework, ConsumerProject.Name + ".dll");
        await using var server = await ServerProcess.StartAsync(folder, "e2e-key-0123456789", "--project", assembly, "--store", Path.Combine(folder, "results.db"));

        var agents = await server.Client.GetFromJsonAsync<JsonElement[]>("/api/agent-gym/agents");
        var tests = await server.Client.GetFromJsonAsync<JsonElement[]>("/api/agent-gym/tests");
        var fromFile = Assert.Single(tests!, t => t.GetProperty("name").GetString() == "Greets from a test file");
        var echoes = $"{Tests}Echoes_the_request[agent=echo][input=0]";
        var goodbye = $"{Tests}Says_goodbye[agent=echo][input=0]";
        var statuses = new Dictionary<string, string>();
        foreach (var id in new[] { echoes, goodbye, fromFile.GetProperty("id").GetString()! })
            statuses[id] = await RunAsync(server, id);

        Assert.Equal(["echo", "shout"], agents!.Select(a => a.GetProperty("name").GetString()));
        Assert.All(agents!, a => Assert.Equal("project", a.GetProperty("source").GetString()));
        Assert.Contains(tests!, t => t.GetProperty("id").GetString() == echoes && t.GetProperty("runnable").GetBoolean());
        Assert.All(tests!, t => Assert.Equal("project", t.GetProperty("source").GetString()));
        Assert.Equal("passed", statuses[echoes]);
        Assert.Equal("failed", statuses[goodbye]);
        Assert.Equal("passed", statuses[fromFile.GetProperty("id").GetString()!]);
    }

    // Starts a run of a test over the API and follows it to its end (a minute at most).
    private static async Task<string> RunAsync(ServerProcess server, string testId)
    {
        var accepted = await server.Client.PostAsync($"/api/agent-gym/tests/{Uri.EscapeDataString(testId)}/run", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{testId}: {await accepted.Content.ReadAsStringAsync()}{Environment.NewLine}{server.Output}");
        var location = accepted.Headers.Location!.OriginalString;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            var run = await server.Client.GetFromJsonAsync<JsonElement>(location, deadline.Token);
            var status = run.GetProperty("run").GetProperty("status").GetString()!;
            if (status is not ("pending" or "running"))
                return status;
            await Task.Delay(100, deadline.Token);
        }
    }
}
