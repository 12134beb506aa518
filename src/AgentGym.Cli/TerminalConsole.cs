using System.Globalization;
using Spectre.Console;

namespace AgentGym.Cli;

/// <summary>
/// The console the command line writes to. Its width is COLUMNS when set, else the terminal's; when the output is piped
/// or redirected (a CI log, a file) and COLUMNS is not set, tables keep their full width instead of being cut to 80 columns.
/// </summary>
internal static class TerminalConsole
{
    /// <summary>The width used for output that is not a terminal, wide enough for any table the commands print.</summary>
    public const int PipedWidth = 400;

    public static IAnsiConsole Create()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings());
        if (Width(Environment.GetEnvironmentVariable("COLUMNS"), Console.IsOutputRedirected) is { } width)
            console.Profile.Width = width;
        return console;
    }

    /// <summary>Gets the width to use, or <see langword="null"/> for the terminal's own.</summary>
    /// <param name="columns">The COLUMNS variable.</param>
    /// <param name="redirected">Whether the output is not a terminal.</param>
    public static int? Width(string? columns, bool redirected) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width > 0 ? width
        : redirected ? PipedWidth
        : null;
}
