using System.ComponentModel;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>The options of a command that prints what it found: a table for people, JSON for scripts.</summary>
internal class ListingCommandSettings : StoreCommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table (default) or json, for scripts.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    /// <summary>Gets whether JSON was asked for.</summary>
    public bool Json => string.Equals(Format, "json", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() =>
        Json || string.Equals(Format, "table", StringComparison.OrdinalIgnoreCase)
            ? base.Validate()
            : Spectre.Console.ValidationResult.Error($"--format '{Format}' is not known; expected table or json.");
}
