using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Configuration;
using AgentGym.Definitions;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Tests.Sdk;
using AgentGym.Tests.Storage;
using AgentGym.Validation;
using Microsoft.Extensions.AI;

namespace AgentGym.Tests.Discovery.Declarative;

/// <summary>The <c>baseline</c> rule of test files: the semantics and tolerances of <c>[Baseline]</c>, and its messages for bad values.</summary>
public sealed class DeclarativeBaselineTests
{
    public sealed class Attributed
    {
        [AgentTest(Type = AgentTestType.Regression), Input("x"), Baseline(MaxTokenIncreasePercent = 10, Name = "release")]
        public static void Regression()
        {
        }

        [AgentTest, Input("x"), Baseline(MaxDurationIncreasePercent = 50, RequireSameOutput = true)]
        public static void Functional()
        {
        }
    }

    [Theory]
    [InlineData("regression", "{ max_token_increase_percent: 10, name: release }", nameof(Attributed.Regression))]
    [InlineData("functional", "{ max_duration_increase_percent: 50, require_same_output: true }", nameof(Attributed.Functional))]
    public void The_rule_has_the_tolerances_the_attribute_has(string type, string rule, string method)
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", $"""
            name: t
            type: {type}
            input: x
            validation_rules:
              - baseline: {rule}
            """);

        var test = Assert.Single(folder.Discover());

        Assert.Null(test.DefinitionError);
        var fromFile = Assert.Single(test.Validators.OfType<BaselineValidator>());
        var fromAttribute = Assert.Single(AttributeTestDiscoverer.Discover(typeof(Attributed)).Single(t => t.FullName.EndsWith(method, StringComparison.Ordinal)).Validators.OfType<BaselineValidator>());
        Assert.Equal(fromAttribute.Tolerances, fromFile.Tolerances);
        Assert.Equal(fromAttribute.Name, fromFile.Name);
    }

    [Fact]
    public void A_regression_test_keeps_the_defaults_it_does_not_override()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: t
            type: regression
            input: x
            validation_rules:
              - baseline: { require_same_output: false }
            """);

        var tolerances = Assert.Single(Assert.Single(folder.Discover()).Validators.OfType<BaselineValidator>()).Tolerances;

        Assert.Equal(BaselineTolerances.RegressionDefaults with { RequireSameOutput = false }, tolerances);
    }

    [Theory]
    [InlineData("{ max_token_increase_percent: -5 }", "t.agenttest.yaml:5: validation_rules[1].baseline.max_token_increase_percent: is too small: it must be at least 0.")]
    [InlineData("{ max_llm_call_increase: 1.5 }", "t.agenttest.yaml:5: validation_rules[1].baseline.max_llm_call_increase: must be a whole number.")]
    [InlineData("{ max_tokens: 10 }", "t.agenttest.yaml:5: validation_rules[1].baseline.max_tokens: is not a known field. Known fields: max_token_increase_percent")]
    [InlineData("true", "t.agenttest.yaml:5: validation_rules[1].baseline: must be an object.")]
    [InlineData("{ }", "t.agenttest.yaml:5: validation_rules[1].baseline: The baseline checks nothing")]
    public void A_bad_value_names_the_file_the_line_and_the_field(string rule, string expected)
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", $"""
            name: Refunds
            input: x
            validation_rules:
              - contains: refund
              - baseline: {rule}
            """);

        var test = Assert.Single(folder.Discover());

        Assert.Equal("Refunds", test.DisplayName);
        Assert.Contains(expected, test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_file_regression_fails_when_tokens_grow_past_its_tolerance()
    {
        using var store = new TempStoreFile();
        using var folder = new TestFileFolder().With("t.agenttest.yaml", """
            name: Refunds
            agent: support
            input: refund order 42
            validation_rules:
              - baseline: { max_token_increase_percent: 20 }
            """);
        var test = Assert.Single(folder.Discover());

        await RunAsync(test, store.Path, tokens: 100);
        var run = await RunAsync(test, store.Path, tokens: 130);

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Contains("tokens 100 -> 130 (+30%, at most +20%)", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    private static async Task<AgentTestRun> RunAsync(AgentTestDefinition test, string store, long tokens)
    {
        await using var session = RunSession.Open(new RunSessionOptions
        {
            Startup = b => b.AddAgent("support", Agent.FromDelegate("support", _ =>
                new AgentResponse("refund issued") { Usage = new UsageDetails { InputTokenCount = tokens / 2, OutputTokenCount = tokens - (tokens / 2), TotalTokenCount = tokens } })),
            Options = new AgentGymOptions { Store = store },
            Log = new CollectedLog(),
        });
        return Assert.Single(await session.RunTestsAsync([RunItem.ForTest(test)]));
    }
}
