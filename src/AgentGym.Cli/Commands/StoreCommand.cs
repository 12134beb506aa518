using AgentGym.Configuration;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>A command that reads the store: opens it, and turns a missing or corrupt store into exit code 2 with the file's name.</summary>
/// <typeparam name="TSettings">The command's settings.</typeparam>
internal abstract class StoreCommand<TSettings> : Command<TSettings>
    where TSettings : StoreCommandSettings
{
    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var console = context.Data as IAnsiConsole ?? AnsiConsole.Console;
        try
        {
            var connection = StoreConnection.Locate(settings.Store);
            var store = StoreConnection.Open(connection);
            using (store)
            {
                // A run whose test host died is recorded as such before anything reads the store; the user hears of it once.
                foreach (var crashed in CrashedRuns.Recover(store, connection))
                    Console.Error.WriteLine($"agentgym: {crashed.Describe()}");
                // Results leave through the redaction policy again: a run recorded before a secret was named shows without it.
                return Execute(new RedactingResultStore(store, new ResultRedactor(new AgentGymOptions())), settings, console);
            }
        }
        catch (ResultStoreException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {Recording.Redactor.Default.Redact(ex.Message)}");
            return AgentGymCli.StoreError;
        }
    }

    /// <summary>Runs the command against the open store.</summary>
    protected abstract int Execute(IResultStore store, TSettings settings, IAnsiConsole console);
}
