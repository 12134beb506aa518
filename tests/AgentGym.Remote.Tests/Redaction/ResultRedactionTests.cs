using AgentGym.Agents.Http;
using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Remote.Tests.Support;
using AgentGym.Sdk;

namespace AgentGym.Remote.Tests.Redaction;

/// <summary>A secret an agent echoes is redacted in the result, the test output and the results store, not only in cassettes.</summary>
public sealed class ResultRedactionTests(LoopbackServer server) : IClassFixture<LoopbackServer>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agentgym-redaction-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_key_that_the_server_echoes_is_redacted_in_the_result_the_output_and_the_store()
    {
        var variable = "AGENTGYM_TEST_KEY_" + Guid.NewGuid().ToString("N");
        const string Key = "agent-key-6e2f1a9c";
        Environment.SetEnvironmentVariable(variable, Key);
        try
        {
            var run = await RemoteGym.RunTestAsync(b => b.AddHttpAgent("echo", o =>
            {
                o.Endpoint = server.Url("agent/headers");
                o.Headers["X-Api-Key"] = $"env:{variable}";
                o.Headers["Authorization"] = $"Bearer {{env:{variable}}}";
            }), "who am I", new AgentGymOptions { Verbosity = OutputVerbosity.Detailed });

            var response = run.Attempts.Single().Response!;
            Assert.Equal($"key={Redactor.Placeholder};auth=Bearer {Redactor.Placeholder}", response.Text);
            Assert.DoesNotContain(Key, AgentTestRunText.Details(run, OutputVerbosity.Detailed), StringComparison.Ordinal);

            var file = Path.Combine(_folder, "results.db");
            using (var store = new SqliteResultStore(file))
            {
                var runId = store.BeginRun(new RunInfo { Source = "redaction" });
                store.RecordTestRun(runId, run);
                Assert.DoesNotContain(Key, store.GetTestRuns(runId).Single().ResponseText, StringComparison.Ordinal);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Assert.DoesNotContain(Key, await File.ReadAllTextAsync(file, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
