using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Sdk;
using AgentGym.Validation;
using static AgentGym.Tests.Storage.StoredResults;

namespace AgentGym.Tests.Storage;

public sealed class RedactingResultStoreTests : IDisposable
{
    private const string Key = "sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e8f7a";

    private readonly TempStoreFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_key_recorded_in_clear_by_an_older_version_leaves_the_store_redacted()
    {
        long runId;
        using (var raw = new SqliteResultStore(_file.Path))
        {
            runId = raw.BeginRun(Run());
            // Written straight to the store, as a version without redaction did: the engine's policy never saw it.
            raw.RecordTestRun(runId, Result(text: $"your key is {Key}") with
            {
                Validations = [ValidationResult.Fail("ExpectText", $"got 'your key is {Key}'")],
                Error = new AgentGym.Results.ErrorInfo("Failed", $"the agent echoed {Key}"),
            });
        }

        using var store = new RedactingResultStore(new SqliteResultStore(_file.Path), new ResultRedactor(new AgentGymOptions()));
        var shown = Assert.Single(store.GetTestRuns(runId));
        var history = Assert.Single(store.GetTestHistory(shown.TestId, 10));

        foreach (var result in new[] { shown, history })
        {
            Assert.Equal($"your key is {Redactor.Placeholder}", result.ResponseText);
            Assert.DoesNotContain(Key, result.ValidationsJson, StringComparison.Ordinal);
            Assert.Contains(Redactor.Placeholder, result.ValidationsJson, StringComparison.Ordinal);
            Assert.Equal($"the agent echoed {Redactor.Placeholder}", result.ErrorMessage);
        }
    }

    [Fact]
    public void Variables_named_in_AGENTGYM_REDACT_ENV_are_redacted_by_redactors_made_after_a_run_was_recorded()
    {
        var variable = "AGENTGYM_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        var secret = "pw-" + Guid.NewGuid().ToString("N");
        long runId;
        using (var raw = new SqliteResultStore(_file.Path))
        {
            runId = raw.BeginRun(Run());
            raw.RecordTestRun(runId, Result(text: $"the password is {secret}"));
        }

        Environment.SetEnvironmentVariable(variable, secret);
        Environment.SetEnvironmentVariable(RedactionSettings.EnvironmentVariablesVariable, $"SOME_OTHER_NAME, {variable}");
        try
        {
            using var store = new RedactingResultStore(new SqliteResultStore(_file.Path), new ResultRedactor(new AgentGymOptions()));

            Assert.Equal($"the password is {Redactor.Placeholder}", Assert.Single(store.GetTestRuns(runId)).ResponseText);
        }
        finally
        {
            Environment.SetEnvironmentVariable(RedactionSettings.EnvironmentVariablesVariable, null);
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
