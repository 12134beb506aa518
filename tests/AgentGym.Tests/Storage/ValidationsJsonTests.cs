using System.Text.Json;
using AgentGym.Sdk;
using AgentGym.Validation;

namespace AgentGym.Tests.Storage;

/// <summary>The verdicts a result keeps in the store are written field by field, in the form the store has always held.</summary>
public sealed class ValidationsJsonTests
{
    [Fact]
    public void Verdicts_are_written_as_the_serializer_wrote_them_escapes_included()
    {
        ValidationResult[] verdicts =
        [
            new("Contains(\"refund\")", true, "found \"refund\" at 12"),
            new("Regex(/<b>\\d+/)", false, "no match in \"caf\u00e9 \ud83d\ude00 <script>\"\n& more"),
        ];
        var before = JsonSerializer.Serialize(verdicts.Select(v => new { validator = v.Validator, passed = v.Passed, message = v.Message }));

        var written = ValidationsJson.Write(verdicts);

        Assert.Equal(before, written);
    }

    [Fact]
    public void No_verdict_is_an_empty_list() => Assert.Equal("[]", ValidationsJson.Write([]));
}
