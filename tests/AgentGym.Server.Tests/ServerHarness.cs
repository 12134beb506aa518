using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using AgentGym.Sdk;
using AgentGym.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGym.Server.Tests;

/// <summary>
/// A real AgentGym server on 127.0.0.1 (a random port) over a real SQLite file, as <c>agentgym serve</c> starts it, with a
/// client that sends the key. Restarting keeps the file.
/// </summary>
internal sealed class ServerHarness : IAsyncDisposable
{
    public const string Key = "test-key-0123456789";

    private readonly string _folder;
    private readonly Action<AgentGymServerOptions>? _configure;
    private WebApplication? _app;

    private ServerHarness(string folder, Action<AgentGymServerOptions>? configure)
    {
        _folder = folder;
        _configure = configure;
    }

    public string StorePath => Path.Combine(_folder, "results.db");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets a client that sends the key.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Gets a client that sends no key.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public static async Task<ServerHarness> StartAsync(Action<AgentGymServerOptions>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentgym-server-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var harness = new ServerHarness(folder, configure);
        await harness.StartAppAsync();
        return harness;
    }

    /// <summary>Stops the server (gracefully, as Ctrl+C does) and starts a new one on the same store.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAppAsync();
    }

    public async Task StopAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task StartAppAsync()
    {
        var options = new AgentGymServerOptions { Store = StorePath, PollInterval = TimeSpan.FromMilliseconds(100) };
        options.ApiKeys.Add(Key);
        _configure?.Invoke(options);
        _app = AgentGymServerHost.Build(options, "http://127.0.0.1:0");
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        Anonymous = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Registers an HTTP agent on the loopback agent.</summary>
    public async Task RegisterAgentAsync(string name, LoopbackAgent agent, object? headers = null)
    {
        var response = await Client.PostAsJsonAsync("/api/agent-gym/agents", new { name, kind = "http", endpoint = agent.Endpoint.ToString(), headers });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts JSON text and returns the answer.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, HttpClient? client = null) =>
        (client ?? Client).PostAsync(path, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Starts a run and returns its id, checking the 202 and its Location.</summary>
    public async Task<long> StartRunAsync(string path)
    {
        var response = await Client.PostAsync(path, null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, body);
        using var document = JsonDocument.Parse(body);
        var runId = document.RootElement.GetProperty("runId").GetInt64();
        Assert.Equal($"/api/agent-gym/runs/{runId}", response.Headers.Location?.OriginalString);
        return runId;
    }

    /// <summary>Polls a run until its status is one of <paramref name="statuses"/> (or final), within a bound.</summary>
    public async Task<JsonElement> WaitForRunAsync(long runId, params string[] statuses)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var run = await Client.GetFromJsonAsync<JsonElement>($"/api/agent-gym/runs/{runId}", deadline.Token);
            var status = run.GetProperty("run").GetProperty("status").GetString()!;
            if (statuses.Length == 0 ? status is not ("pending" or "running") : statuses.Contains(status))
                return run;
            await Task.Delay(50, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
