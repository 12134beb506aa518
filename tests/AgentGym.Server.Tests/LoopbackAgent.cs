using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGym.Server.Tests;

/// <summary>
/// A remote agent on 127.0.0.1 (a random port) that speaks the HTTP agent protocol: it answers each task with a fixed text
/// and token usage, records the headers it got, and holds its answers while <see cref="Hold"/> is closed.
/// </summary>
internal sealed class LoopbackAgent : IAsyncDisposable
{
    private readonly WebApplication _app;
    private TaskCompletionSource _gate = Open();

    private LoopbackAgent(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public string Text { get; set; } = "Order 42 is refunded.";

    public int Calls => _calls;

    public List<string> Authorizations { get; } = [];

    private int _calls;

    public static async Task<LoopbackAgent> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var agent = new LoopbackAgent(app);
        app.MapPost("/agent", (Delegate)agent.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        agent.Endpoint = new Uri(address + "/agent");
        return agent;
    }

    /// <summary>Holds every answer until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        lock (Authorizations)
            Authorizations.Add(context.Request.Headers.Authorization.ToString());
        using var request = await JsonDocument.ParseAsync(context.Request.Body);
        await _gate.Task.WaitAsync(context.RequestAborted);
        return Microsoft.AspNetCore.Http.Results.Json(new
        {
            text = Text,
            usage = new { input_tokens = 30, output_tokens = 12, total_tokens = 42 },
        });
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await _app.DisposeAsync();
    }
}
