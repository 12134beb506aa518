using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGym.Remote.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 with a random port, one per test class, that speaks the agent protocol
/// (<see cref="AgentProtocol"/>) and the OpenAI chat-completions protocol (<see cref="ChatCompletionsProtocol"/>), and
/// counts the requests each path got.
/// </summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>Gets the server's base address, such as http://127.0.0.1:51234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the absolute URL of a path on the server.</summary>
    public Uri Url(string path) => new(BaseAddress, path);

    /// <summary>Gets how many requests a path got.</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(path.StartsWith('/') ? path : "/" + path);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            var count = _requests.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            context.Items["count"] = count;
            await next(context);
        });
        AgentProtocol.Map(_app);
        ChatCompletionsProtocol.Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    /// <summary>Gets which request this is for its path (1 for the first).</summary>
    internal static int RequestNumber(HttpContext context) => (int)context.Items["count"]!;
}
