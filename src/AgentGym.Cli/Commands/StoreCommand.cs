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
            using var store = Open(settings.Store);
            return Execute(store, settings, console);
        }
        catch (ResultStoreException ex)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {Recording.Redactor.Default.Redact(ex.Message)}");
            return AgentGymCli.StoreError;
        }
    }

    /// <summary>Runs the command against the open store.</summary>
    protected abstract int Execute(IResultStore store, TSettings settings, IAnsiConsole console);

    private static IResultStore Open(string? configured)
    {
        // A relative --store is taken from the current folder; AGENTGYM_STORE from the project's, as in 'dotnet test'.
        var folder = Environment.CurrentDirectory;
        if (configured is null && StoreLocation.FromEnvironment() is null)
            return OpenFound(folder);
        var connection = StoreLocation.Resolve(configured is null ? null : StoreLocation.Anchor(configured, folder), StoreLocation.ProjectFolder(folder))
            ?? throw new ResultStoreException("Recording is off (AGENTGYM_STORE=off); pass --store to read a store.");
        return ResultStores.IsPostgreSql(connection) ? ResultStores.Open(connection) : SqliteResultStore.OpenExisting(connection);
    }

    // Without a setting, the store is found the way git finds .git: above the current folder up to the repository's root, else below it.
    private static IResultStore OpenFound(string folder)
    {
        var found = StoreLocation.Find(folder);
        if (found.Count > 1)
        {
            throw new ResultStoreException($"There are {found.Count} AgentGym results stores below {folder}:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", found) + Environment.NewLine + "Pass --store <file>, or run agentgym in the folder of one test project.");
        }
        if (found.Count == 0)
        {
            throw new ResultStoreException($"No AgentGym results store ({StoreSettings.DefaultFolder}/{StoreSettings.DefaultFileName}) in {folder}, in the folders above it up to the repository's root, or below it. " +
                "Run 'dotnet test' on a project with agent tests first, or pass --store.");
        }
        // On standard error, so that a report written to standard output stays what it is.
        Console.Error.WriteLine($"agentgym: reading the results store {found[0]}");
        return SqliteResultStore.OpenExisting(found[0]);
    }
}
