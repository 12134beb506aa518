using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Sdk;

namespace AgentGym.Tests.Sdk;

public sealed class RunOptionTextTests
{
    [Theory]
    [InlineData("MaxConcurrency", " 8 ")]
    [InlineData("maxconcurrency", "1")]
    [InlineData("DefaultTimeoutSeconds", "2.5")]
    [InlineData("Verbosity", "detailed")]
    [InlineData("RecordMode", "Replay")]
    [InlineData("CassetteDirectory", "Recorded")]
    [InlineData("Store", "off")]
    [InlineData("BaselineBranch", "trunk")]
    [InlineData("Shard", "2/3")]
    [InlineData("MaxResponseTextLength", "4096")]
    public void Good_values_are_set(string name, string value)
    {
        var options = new AgentGymOptions();

        Assert.Null(RunOptionText.TrySet(options, name, value, "--x"));
        Assert.Equal(value.Trim(), RunOptionText.Format(options, name), ignoreCase: true);
    }

    [Theory]
    [InlineData("MaxConcurrency", "0", "a whole number of 1 or more")]
    [InlineData("MaxConcurrency", "-3", "a whole number of 1 or more")]
    [InlineData("DefaultTimeoutSeconds", "soon", "a number of seconds above 0")]
    [InlineData("Verbosity", "2", "Minimal, Normal or Detailed")]
    [InlineData("RecordMode", "Playback", "Off, Record, Replay or Auto")]
    [InlineData("Store", " ", "a SQLite file, a PostgreSQL connection string or off")]
    [InlineData("Shard", "3/2", "i/n with 1 <= i <= n")]
    public void A_bad_value_gets_one_message_with_where_it_came_from_what_it_was_and_what_was_expected(string name, string value, string expected)
    {
        var options = new AgentGymOptions();
        var before = RunOptionText.Format(options, name);

        var error = RunOptionText.TrySet(options, name, value, "AGENTGYM_X");

        Assert.StartsWith($"AGENTGYM_X is '{value}'; expected {expected}", error, StringComparison.Ordinal);
        Assert.Equal(before, RunOptionText.Format(options, name));
    }

    [Fact]
    public void An_unknown_name_lists_the_settings()
    {
        var error = RunOptionText.TrySet(new AgentGymOptions(), "MaxConcurency", "8", "--max-concurency");

        Assert.StartsWith("--max-concurency is not an AgentGym setting; the settings are MaxConcurrency, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_record_mode_variable_is_read_by_the_same_rule()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CassetteSettings.ParseMode("Playback"));

        Assert.Contains($"{CassetteSettings.ModeVariable} is 'Playback'; expected Off, Record, Replay or Auto.", error.Message, StringComparison.Ordinal);
    }
}
