using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Execution;
using AgentGym.Recording;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Support;

namespace AgentGym.Tests.Execution;

/// <summary>What leaves the engine: secrets redacted and long answers capped, after the validators judged the whole text.</summary>
public sealed class ResultPolicyTests
{
    public sealed class EndsWithDone
    {
        [AgentTest, Input("go"), ExpectText(Contains = "the end")]
        public void Runs()
        {
        }
    }

    public sealed class Echoes
    {
        [AgentTest, Input("go")]
        public void Runs(AgentTestContext context) => context.WriteLine("the agent said it used sk-proj-4f9a8b7c6d5e4f3a2b1c0d9e");
    }

    [Fact]
    public async Task A_long_answer_is_judged_whole_and_kept_cut_with_the_cap_and_its_full_length()
    {
        var text = new string('x', 1_000_000) + " the end";
        var run = await EngineHarness.RunSingleAsync<EndsWithDone>(Agent.FromDelegate("a", _ => new AgentResponse(text)), new AgentGymOptions { MaxResponseTextLength = 1000 });

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        var kept = run.Attempts.Single().Response!.Text;
        Assert.StartsWith(new string('x', 1000) + "…", kept, StringComparison.Ordinal);
        Assert.Contains("cut at 1,000 of 1,000,008 characters", kept, StringComparison.Ordinal);
        Assert.True(AgentTestRunText.Details(run, OutputVerbosity.Detailed).Length < 10_000);
    }

    [Fact]
    public async Task Common_key_formats_and_configured_secrets_are_redacted_in_answers_errors_and_output()
    {
        var variable = "AGENTGYM_TEST_SECRET_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "configured-secret-81f2");
        try
        {
            var options = new AgentGymOptions();
            options.Redaction.EnvironmentVariables.Add(variable);
            var run = await EngineHarness.RunSingleAsync<Echoes>(
                Agent.FromDelegate("a", AgentResponse (AgentRequest _) => throw new InvalidOperationException("upstream rejected configured-secret-81f2 and ghp_0123456789abcdefghijABCDEFGHIJ012345")),
                options);

            var shown = AgentTestRunText.Details(run, OutputVerbosity.Detailed) + run.Error!.Message + run.Error.StackTrace;
            Assert.DoesNotContain("configured-secret-81f2", shown, StringComparison.Ordinal);
            Assert.DoesNotContain("ghp_0123456789", shown, StringComparison.Ordinal);
            Assert.Contains($"upstream rejected {Redactor.Placeholder} and {Redactor.Placeholder}", run.Error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task Test_output_is_redacted()
    {
        var run = await EngineHarness.RunSingleAsync<Echoes>(Agent.FromDelegate("a", _ => new AgentResponse("ok")));

        Assert.Contains($"it used {Redactor.Placeholder}", run.Output, StringComparison.Ordinal);
    }
}
