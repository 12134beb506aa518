using AgentGym.Configuration;
using AgentGym.Recording;

namespace AgentGym.Remote.Tests.Cassettes;

public sealed class CassetteSettingsTests
{
    [Theory]
    [InlineData("replay", RecordMode.Replay)]
    [InlineData(" Record ", RecordMode.Record)]
    [InlineData("AUTO", RecordMode.Auto)]
    [InlineData("off", RecordMode.Off)]
    public void The_environment_variable_names_a_mode_in_any_case(string value, RecordMode expected) =>
        Assert.Equal(expected, CassetteSettings.ParseMode(value));

    [Fact]
    public void An_unset_environment_variable_leaves_the_options_mode() => Assert.Null(CassetteSettings.ParseMode(null));

    [Theory]
    [InlineData("2")]
    [InlineData("rewind")]
    public void An_unknown_mode_in_the_environment_variable_fails_with_its_value(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => CassetteSettings.ParseMode(value));

        Assert.Contains($"'{value}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(CassetteSettings.ModeVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cassette_is_named_after_its_agent_in_the_cassette_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cassettes");

        var path = CassetteSettings.CassettePath(new AgentGymOptions { CassetteDirectory = folder }, "support bot");

        Assert.Equal(Path.Combine(folder, "support_bot.cassette.json"), path);
    }

    [Fact]
    public void A_relative_cassette_folder_is_taken_from_the_test_project()
    {
        var path = CassetteSettings.CassettePath(new AgentGymOptions(), "support");

        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "AgentGym.Remote.Tests.csproj")), path);
    }

    [Fact]
    public void The_old_recording_names_still_build_and_use_the_same_cassette()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cassettes");
        var options = new AgentGymOptions { CassetteDirectory = folder, RecordMode = RecordMode.Replay };
        var cassette = Cassette.Open(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".cassette.json"));
#pragma warning disable CS0618 // the old names are kept for code written against them
        Assert.Equal(CassetteSettings.CassettePath(options, "judge"), RecordingSettings.CassettePath(options, "judge"));
        Assert.Equal(CassetteSettings.ModeVariable, RecordingSettings.ModeVariable);
        using var wrapped = new Microsoft.Extensions.AI.ChatClientBuilder(new NoModel()).UseAgentGymRecording(cassette, RecordMode.Replay).Build();
        using var handler = new RecordingHttpHandler(cassette, RecordMode.Replay);
#pragma warning restore CS0618

        Assert.IsType<CassetteChatClient>(wrapped);
        Assert.Same(cassette, handler.Cassette);
    }

    private sealed class NoModel : Microsoft.Extensions.AI.IChatClient
    {
        public Task<Microsoft.Extensions.AI.ChatResponse> GetResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not called");

        public IAsyncEnumerable<Microsoft.Extensions.AI.ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<Microsoft.Extensions.AI.ChatMessage> messages, Microsoft.Extensions.AI.ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not called");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
