using AgentGym.Agents;

namespace AgentGym.Tests.Agents;

public sealed class AgentResponseTests
{
    [Theory]
    [InlineData("{\"status\":\"ok\"}")]
    [InlineData("```json\n{\"status\":\"ok\"}\n```")]
    [InlineData("```\n{\"status\":\"ok\"}\n```")]
    public void Json_text_counts_as_output_also_inside_a_code_fence(string text)
    {
        var output = new AgentResponse(text).GetOutputOrParsedText();

        Assert.Equal("ok", output!.Value.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("The order was refunded.")]
    [InlineData("{ not json")]
    [InlineData("```python\nprint(1)\n```")]
    public void Text_that_is_not_json_has_no_output(string text) => Assert.Null(new AgentResponse(text).GetOutputOrParsedText());

    [Fact]
    public void Structured_output_wins_over_the_text()
    {
        var response = AgentResponse.FromOutput(new { Status = "ok" }, text: "{\"status\":\"other\"}");

        Assert.Equal("ok", response.GetOutputOrParsedText()!.Value.GetProperty("status").GetString());
    }
}
