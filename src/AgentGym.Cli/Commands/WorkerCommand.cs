using AgentGym.Sdk;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using AgentGym.Server.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>
/// <c>agentgym worker</c>: runs the runs queued in the store by <c>agentgym serve</c>, without serving HTTP. Add workers on
/// machines that share a PostgreSQL store to run more agents at once.
/// </summary>
internal sealed class WorkerCommand : Command<WorkerCommand.Settings>
{
    internal sealed class Settings : RunQueueCommandSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        var options = new AgentGymServerOptions { Store = settings.Store };
        settings.Apply(options);
        try
        {
            if (settings.Project is not null)
            {
                if (ServeCommand.Load(settings.Project, console) is not { } assembly)
                    return 1;
                options.TestAssembly = assembly;
            }

            using var host = AgentGymServerHost.BuildWorker(options);
            host.StartAsync(cancellationToken).GetAwaiter().GetResult();
            var store = host.Services.GetRequiredService<ServerStore>().Results.Location;
            console.MarkupLineInterpolated($"AgentGym worker {host.Services.GetRequiredService<RunWorker>().Owner} runs the queue of {store}. Ctrl+C stops.");
            host.WaitForShutdownAsync(cancellationToken).GetAwaiter().GetResult();
            return 0;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ResultStoreException or IOException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {ex.Message}");
            return ex is ResultStoreException ? AgentGymCli.StoreError : 1;
        }
    }
}
