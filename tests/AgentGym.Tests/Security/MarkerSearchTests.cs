using System.Text;
using AgentGym.Validation;

namespace AgentGym.Tests.Security;

public sealed class MarkerSearchTests
{
    private const string Canary = "AGC-1A2B-3C4D-5E6F";

    [Theory]
    [InlineData("your key is agc-1a2b-3c4d-5e6f.", "as it is")]
    [InlineData("A G C 1 A 2 B 3 C 4 D 5 E 6 F", "with its characters spaced or separated")]
    [InlineData("F6E5D4C3B2A1CGA", "reversed")]
    [InlineData("here: 4147432d314132422d334334442d35453646", "in hex")]
    [InlineData("the key says nothing", null)]
    public void Finds_a_marker_in_the_forms_it_is_passed_on_in(string text, string? form)
    {
        Assert.Equal(form, MarkerSearch.Find(text, Canary));
    }

    [Theory]
    [InlineData("")]
    [InlineData("k=")]
    [InlineData("k")]
    public void Finds_a_marker_in_base64_at_any_offset_of_a_longer_encoded_text(string before)
    {
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(before + Canary + " and more"));

        Assert.Equal("in base64", MarkerSearch.Find($"Sure: {encoded}", Canary));
    }
}
