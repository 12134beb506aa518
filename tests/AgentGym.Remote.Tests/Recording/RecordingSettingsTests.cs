using AgentGym.Configuration;
using AgentGym.Recording;

namespace AgentGym.Remote.Tests.Recording;

public sealed class RecordingSettingsTests
{
    [Theory]
    [InlineData("replay", RecordMode.Replay)]
    [InlineData(" Record ", RecordMode.Record)]
    [InlineData("AUTO", RecordMode.Auto)]
    [InlineData("off", RecordMode.Off)]
    public void The_environment_variable_names_a_mode_in_any_case(string value, RecordMode expected) =>
        Assert.Equal(expected, RecordingSettings.ParseMode(value));

    [Fact]
    public void An_unset_environment_variable_leaves_the_options_mode() => Assert.Null(RecordingSettings.ParseMode(null));

    [Theory]
    [InlineData("2")]
    [InlineData("rewind")]
    public void An_unknown_mode_in_the_environment_variable_fails_with_its_value(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RecordingSettings.ParseMode(value));

        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(RecordingSettings.ModeVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cassette_is_named_after_its_agent_in_the_cassette_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cassettes");

        var path = RecordingSettings.CassettePath(new AgentGymOptions { CassetteDirectory = folder }, "support bot");

        Assert.Equal(Path.Combine(folder, "support_bot.cassette.json"), path);
    }

    [Fact]
    public void A_relative_cassette_folder_is_taken_from_the_test_project()
    {
        var path = RecordingSettings.CassettePath(new AgentGymOptions(), "support");

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "AgentGym.Remote.Tests.csproj")), path);
    }
}
