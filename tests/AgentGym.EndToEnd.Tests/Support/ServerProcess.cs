using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// <c>agentgym serve</c> as a process of its own, on a free port of 127.0.0.1, with a client that sends its key. Disposing it
/// stops the process and what it started.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    /// <summary>Gets a client of the server's address that sends the key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Gets what the server wrote so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Starts <c>agentgym serve</c> with the arguments and a key, and waits (a minute at most) until it says where it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string workingDirectory, string key, params string[] arguments)
    {
        var start = DotNetCli.StartInfo(workingDirectory, new Dictionary<string, string> { ["AGENTGYM_API_KEY"] = key },
            DotNetCli.DotNetPath(), [AgentGymCli, "serve", "--urls", "http://127.0.0.1:0", .. arguments]);
        var server = new ServerProcess(new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        Match address;
        while (!(address = Address().Match(server.Output)).Success)
        {
            if (server._process.HasExited || deadline.IsCancellationRequested)
            {
                var output = server.Output;
                await server.DisposeAsync();
                throw new InvalidOperationException($"agentgym serve did not start listening.{Environment.NewLine}{output}");
            }

            await Task.Delay(100, CancellationToken.None);
        }

        server.Client = new HttpClient { BaseAddress = new Uri(address.Value), Timeout = TimeSpan.FromSeconds(30) };
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync(CancellationToken.None);
        _process.Dispose();
    }

    /// <summary>Gets the command line's build output, in the configuration of this assembly.</summary>
    public static string AgentGymCli =>
        Path.Combine(RepositoryLayout.Root, "src", "AgentGym.Cli", "bin", RepositoryLayout.Configuration, RepositoryLayout.TargetFramework, "AgentGym.Cli.dll");

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:[1-9][0-9]*")]
    private static partial Regex Address();
}
