using System.ComponentModel;
using Spectre.Console.Cli;

namespace AgentGym.Cli.Commands;

/// <summary>The options of the commands that run queued runs (<c>serve</c>, <c>worker</c>): the project they serve and their lease.</summary>
internal class RunQueueCommandSettings : StoreCommandSettings
{
    [CommandOption("-p|--project <PROJECT_OR_ASSEMBLY>")]
    [Description("A test project (built in Release) or assembly whose startup class, agents and tests it serves and runs.")]
    public string? Project { get; init; }

    [CommandOption("--lease <SECONDS>")]
    [Description("How long this process holds a run without renewing it (default 30): a run of a process that died ends as an error once its lease runs out.")]
    public double? LeaseSeconds { get; init; }

    public override Spectre.Console.ValidationResult Validate() =>
        LeaseSeconds is <= 0 or > 86_400
            ? Spectre.Console.ValidationResult.Error($"--lease {LeaseSeconds} is not a number of seconds from above 0 to 86400.")
            : base.Validate();

    /// <summary>Puts the lease into the server's options.</summary>
    public void Apply(Server.Hosting.AgentGymServerOptions options)
    {
        if (LeaseSeconds is { } seconds)
            options.LeaseDuration = TimeSpan.FromSeconds(seconds);
    }
}
