using System.Net;
using System.Net.Http.Headers;
using AgentGym.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGym.Server.Tests;

/// <summary>The server as a library, in a host of the user's that maps the routes without <c>UseAgentGym()</c>.</summary>
public sealed class HostWiringTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agentgym-host-").FullName;
    private WebApplication _app = null!;
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAgentGymServer(options =>
        {
            options.Store = Path.Combine(_folder, "results.db");
            options.ApiKeys.Add(ServerHarness.Key);
            options.ReadAccess = ServerReadAccess.KeyRequired;
            options.RunWorker = false;
        });
        _app = builder.Build();
        _app.MapAgentGym();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _anonymous = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
    }

    public async Task DisposeAsync()
    {
        _anonymous.Dispose();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("POST", "/api/agent-gym/tests")]
    [InlineData("POST", "/api/agent-gym/tests/t/run")]
    [InlineData("POST", "/api/agent-gym/runs/1/cancel")]
    [InlineData("GET", "/api/agent-gym/runs")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task Without_UseAgentGym_every_route_still_needs_the_key(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        var response = await _anonymous.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Without_UseAgentGym_a_request_with_the_key_goes_through()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/agent-gym/tests")
        {
            Content = new StringContent("""{ "name": "t", "input": "x" }""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerHarness.Key);

        Assert.Equal(HttpStatusCode.Created, (await _anonymous.SendAsync(request)).StatusCode);
    }
}
