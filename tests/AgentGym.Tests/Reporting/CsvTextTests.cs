using AgentGym.Sdk;

namespace AgentGym.Tests.Reporting;

public sealed class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_field_is_quoted_when_it_holds_a_comma_a_quote_or_a_line_break(string? value, string expected) =>
        Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void A_row_ends_with_crlf_and_a_missing_value_is_an_empty_field()
    {
        using var writer = new StringWriter();

        CsvText.WriteRow(writer, ["1", null, "a,b"]);

        Assert.Equal("1,,\"a,b\"\r\n", writer.ToString());
    }
}
