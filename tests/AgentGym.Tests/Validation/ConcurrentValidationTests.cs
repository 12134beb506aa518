using AgentGym.Validation;
using static AgentGym.Tests.Validation.Attempts;

namespace AgentGym.Tests.Validation;

public sealed class ConcurrentValidationTests
{
    [Fact]
    public async Task Validators_shared_by_concurrent_attempts_give_the_same_verdicts_as_one_at_a_time()
    {
        IValidator[] validators =
        [
            new ExpectedOutputValidator("""{"status":"ok","items":[{"sku":"a"}]}"""),
            JsonSchemaValidator.FromJson("""{"type":"object","required":["status"],"properties":{"status":{"enum":["ok"]}}}"""),
            new RegexValidator("\"status\":\"ok\""),
            new ToolCallValidator("search", """{"query":"ok"}"""),
        ];
        ValidationContext[] attempts =
        [
            WithOutput("""{"status":"ok","items":[{"sku":"a","qty":1}]}"""),
            WithOutput("""{"status":"failed","items":[]}"""),
            WithToolCalls(Call("search", """{"query":"ok"}""")),
            WithToolCalls(Call("search", """{"query":"no"}""")),
        ];
        var expected = validators.SelectMany(v => attempts.Select(a => Check(v, a))).ToList();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            validators.SelectMany(v => attempts.Select(a => Check(v, a))).ToList())));

        Assert.All(concurrent, verdicts => Assert.Equal(expected, verdicts));
        Assert.Contains(expected, v => v.Passed);
        Assert.Contains(expected, v => !v.Passed);
    }
}
