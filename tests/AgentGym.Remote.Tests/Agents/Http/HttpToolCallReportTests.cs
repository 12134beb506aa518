using AgentGym.Agents;
using AgentGym.Agents.Http;
using AgentGym.Definitions;
using AgentGym.Hosting;
using AgentGym.OpenAI;
using AgentGym.Remote.Tests.Support;
using AgentGym.Results;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Remote.Tests.Agents.Http;

/// <summary>An HTTP agent reports its tool calls only when its answer has <c>tool_calls</c>; checks on them are errors otherwise.</summary>
public sealed class HttpToolCallReportTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    [Fact]
    public async Task An_answer_without_tool_calls_makes_a_tool_call_check_an_error_that_names_the_agent()
    {
        var run = await RunAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/silent-tools")), new ForbiddenToolCallValidator("issue_refund"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.StartsWith("tool calls were not reported by agent 'remote', so they could not be checked.", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_with_usage_but_without_tool_calls_does_not_pass_a_tool_call_budget()
    {
        var run = await RunAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/silent-tools")), new BudgetValidator(maxTokens: 100, maxToolCalls: 2));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Null(run.Metrics.ToolCalls);
        Assert.Equal(10, run.Metrics.TotalTokens);
        Assert.Contains("tool calls were not reported by agent 'remote'", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_with_an_empty_tool_calls_list_is_judged_on_it()
    {
        var run = await RunAsync(b => b.AddHttpAgent("remote", o => o.Endpoint = server.Url("agent/no-tools")),
            new ForbiddenToolCallValidator("issue_refund"), new ToolCallValidator("lookup_order"));

        Assert.Equal(AgentTestStatus.Failed, run.Status);
        Assert.Equal([true, false], run.Validations.Select(v => v.Passed));
        Assert.DoesNotContain(run.Validations, v => v.IsError);
    }

    [Fact]
    public async Task A_custom_mapping_that_does_not_read_tool_calls_does_not_report_them()
    {
        var mapping = HttpAgentMapping.Json(r => new { prompt = r.Task }, json => new AgentResponse(json.GetProperty("answer").GetString()!));

        var run = await RunAsync(b => b.AddHttpAgent("remote", o => { o.Endpoint = server.Url("custom"); o.Mapping = mapping; }), new ForbiddenToolCallValidator("issue_refund"));

        Assert.Equal(AgentTestStatus.Error, run.Status);
        Assert.Contains("tool calls were not reported by agent 'remote'", Assert.Single(run.Validations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_OpenAI_agent_reports_its_tool_calls_even_when_it_calls_none()
    {
        var run = await RunAsync(b => b.AddOpenAIAgent("echo", server.Url("v1"), "loopback-model"), new ForbiddenToolCallValidator("issue_refund"));

        Assert.Equal(AgentTestStatus.Passed, run.Status);
        Assert.Equal(0, run.Metrics.ToolCalls);
    }

    private static async Task<AgentTestRun> RunAsync(Action<AgentGymBuilder> configure, params IValidator[] validators)
    {
        await using var runtime = AgentGymRuntime.Create(configure);
        var test = new AgentTestDefinition { Id = "t", FullName = "t", DisplayName = "t", Input = new AgentRequest("Where is order 7?"), Validators = validators };
        return await new AgentTestEngine(runtime).RunAsync(test);
    }
}
