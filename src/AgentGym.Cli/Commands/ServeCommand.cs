using System.ComponentModel;
using AgentGym.Sdk;
using AgentGym.Server.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>
/// <c>agentgym serve</c>: the REST API, its OpenAPI document and the dashboard over the results store, on loopback unless told
/// otherwise (and then only with an API key). With <c>--project</c> it also serves that test project's agents and tests.
/// </summary>
internal sealed class ServeCommand : Command<ServeCommand.Settings>
{
    internal sealed class Settings : RunQueueCommandSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen, separated by ';' (default http://127.0.0.1:5080). An address beyond loopback needs an API key.")]
        public string Urls { get; init; } = AgentGymServerHost.DefaultUrls;

        [CommandOption("--api-key-file <FILE>")]
        [Description("A file of API keys, one per line, beside AGENTGYM_API_KEY (several separated by commas).")]
        public string? ApiKeyFile { get; init; }

        [CommandOption("--read-access <MODE>")]
        [Description("Who may read: auto (anyone on loopback, a key elsewhere; the default), open, or key.")]
        public string ReadAccess { get; init; } = "auto";

        [CommandOption("--max-queued <N>")]
        [Description("How many runs may wait in the queue (default 10000).")]
        public int? MaxQueued { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        var options = new AgentGymServerOptions { Store = settings.Store };
        if (!Enum.TryParse<ServerReadAccess>(settings.ReadAccess == "key" ? nameof(ServerReadAccess.KeyRequired) : settings.ReadAccess, ignoreCase: true, out var access))
        {
            console.MarkupLineInterpolated($"[red]error:[/] --read-access '{settings.ReadAccess}' is not auto, open or key.");
            return 1;
        }

        options.ReadAccess = access;
        settings.Apply(options);
        if (settings.MaxQueued is { } maxQueued)
            options.MaxQueuedRuns = maxQueued;
        try
        {
            options.AddApiKeysFromEnvironment(settings.ApiKeyFile);
            if (settings.Project is not null)
            {
                if (Load(settings.Project, console) is not { } assembly)
                    return 1;
                options.TestAssembly = assembly;
            }

            using var app = AgentGymServerHost.Build(options, settings.Urls);
            app.StartAsync(cancellationToken).GetAwaiter().GetResult();
            var store = app.Services.GetRequiredService<Server.Catalog.ServerStore>().Results.Location;
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            console.MarkupLineInterpolated($"AgentGym serves the store {store} on {string.Join(", ", addresses)}");
            console.MarkupLineInterpolated($"{(options.ApiKeys.Count == 0 ? "No API key: the API is read-only. Set AGENTGYM_API_KEY to create, run and cancel." : $"{options.ApiKeys.Count} API key(s) loaded.")} Ctrl+C stops.");
            app.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ResultStoreException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ex is ResultStoreException ? AgentGymCli.StoreError : 1;
        }
    }

    internal static System.Reflection.Assembly? Load(string target, IAnsiConsole console)
    {
        var path = target.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? Path.GetFullPath(target) : ProjectBuild.Build(target, console);
        if (path is null || !File.Exists(path))
        {
            console.MarkupLineInterpolated($"[red]error:[/] no assembly at {path ?? target}.");
            return null;
        }

        return new BenchmarkLoadContext(path).LoadFromAssemblyPath(path);
    }
}
