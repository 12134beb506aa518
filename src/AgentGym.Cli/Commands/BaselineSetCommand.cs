using System.ComponentModel;
using AgentGym.Sdk;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary><c>agentgym baseline set &lt;run&gt; [--name]</c>: names a run as the baseline that regression tests compare with.</summary>
internal sealed class BaselineSetCommand : StoreCommand<BaselineSetCommand.Settings>
{
    internal sealed class Settings : StoreCommandSettings
    {
        [CommandArgument(0, "<RUN>")]
        [Description("The run's id.")]
        public long Run { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("The baseline's name (default 'default'); [Baseline(Name = ...)] picks it.")]
        [DefaultValue("default")]
        public string Name { get; init; } = "default";
    }

    protected override int Execute(IResultStore store, Settings settings, IAnsiConsole console)
    {
        store.SetBaseline(settings.Name, settings.Run);
        console.MarkupLineInterpolated($"Baseline '{settings.Name}' is run {settings.Run} in {store.Location}.");
        return 0;
    }
}
