using System.Diagnostics;
using Spectre.Console;

namespace AgentGym.Cli.Commands;

/// <summary>Builds a user's project in Release and finds its assembly, for the commands that load it (bench, serve).</summary>
internal static class ProjectBuild
{
    // Builds in Release, then asks MSBuild where the assembly went ('-getProperty' alone evaluates without building).
    public static string? Build(string project, IAnsiConsole console)
    {
        console.MarkupLineInterpolated($"Building {project} (Release)...");
        var (built, buildOutput) = Dotnet("build", project, "-c", "Release", "-nologo");
        if (built != 0)
        {
            console.WriteLine(buildOutput);
            return null;
        }
        var (found, path) = Dotnet("msbuild", project, "-p:Configuration=Release", "-getProperty:TargetPath");
        return found == 0 ? path.Trim().Split('\n')[^1].Trim() : null;
    }

    private static (int ExitCode, string Output) Dotnet(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var dotnet = Process.Start(start)!;
        var output = dotnet.StandardOutput.ReadToEndAsync();
        var errors = dotnet.StandardError.ReadToEndAsync();
        dotnet.WaitForExit();
        return (dotnet.ExitCode, output.Result + errors.Result);
    }
}
