namespace AgentGym.Cli.Tests;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Serve_refuses_to_listen_beyond_loopback_without_a_key()
    {
        var previous = Environment.GetEnvironmentVariable("AGENTGYM_API_KEY");
        Environment.SetEnvironmentVariable("AGENTGYM_API_KEY", null);
        try
        {
            var (exitCode, output) = _cli.Run("serve", "--urls", "http://0.0.0.0:0", "--store", _cli.StorePath);

            Assert.Equal(1, exitCode);
            Assert.Contains("refuses to listen on http://0.0.0.0:0 without an API key", output);
        }
        finally
        {
            Environment.SetEnvironmentVariable("AGENTGYM_API_KEY", previous);
        }
    }

    [Fact]
    public void Serve_names_a_bad_read_access_mode()
    {
        var (exitCode, output) = _cli.Run("serve", "--read-access", "sometimes", "--store", _cli.StorePath);

        Assert.Equal(1, exitCode);
        Assert.Contains("--read-access 'sometimes' is not auto, open or key", output);
    }

    [Theory]
    [InlineData("serve")]
    [InlineData("worker")]
    public void A_lease_that_is_not_a_positive_number_of_seconds_is_refused(string command)
    {
        var (exitCode, output) = _cli.Run(command, "--lease", "0", "--store", _cli.StorePath);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--lease 0 is not a number of seconds", output);
    }
}
