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
}
