using System.ComponentModel;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>The option every command shares: which store to read.</summary>
internal class StoreCommandSettings : CommandSettings
{
    [CommandOption("--store <CONNECTION>")]
    [Description("A SQLite file or a PostgreSQL connection string. Default: AGENTGYM_STORE, else .agentgym/results.db next to the project in the current folder.")]
    public string? Store { get; init; }
}
