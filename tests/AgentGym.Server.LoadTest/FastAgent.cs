using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGym.Server.LoadTest;

/// <summary>A remote agent on loopback that answers every task at once, so that the load measures the server.</summary>
internal sealed class FastAgent : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private FastAgent(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public int Calls => _calls;

    public static async Task<FastAgent> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var agent = new FastAgent(app);
        app.MapPost("/agent", () =>
        {
            Interlocked.Increment(ref agent._calls);
            return Microsoft.AspNetCore.Http.Results.Json(new { text = "Order 42 is refunded.", usage = new { input_tokens = 30, output_tokens = 12, total_tokens = 42 } });
        });
        await app.StartAsync();
        agent.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/agent");
        return agent;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
