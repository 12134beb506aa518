using System.Diagnostics;
using System.Text;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>Runs the <c>dotnet</c> command line, as a developer would, with a generous timeout and the output captured.</summary>
public static class DotNetCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet</c> with the arguments in a working folder.</summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, params string[] arguments) =>
        RunProgramAsync(workingDirectory, DotNetPath(), arguments);

    /// <summary>Runs <c>dotnet</c> with the arguments in a working folder, with more environment variables.</summary>
    public static Task<ProcessResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        RunProgramAsync(workingDirectory, environment, DotNetPath(), arguments);

    /// <summary>Runs a program (<c>dotnet</c>, or a built executable) with the arguments in a working folder.</summary>
    public static Task<ProcessResult> RunProgramAsync(string workingDirectory, string program, params string[] arguments) =>
        RunProgramAsync(workingDirectory, new Dictionary<string, string>(), program, arguments);

    /// <summary>Runs a program with the arguments in a working folder, with more environment variables.</summary>
    public static Task<ProcessResult> RunProgramAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string program, params string[] arguments) =>
        RunProgramAsync(workingDirectory, environment, program, arguments, whileRunning: null);

    /// <summary>
    /// Runs a program with the arguments in a working folder, with more environment variables, and does something to it
    /// while it runs (such as interrupting it once it has reached a point).
    /// </summary>
    public static async Task<ProcessResult> RunProgramAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, string program, string[] arguments, Func<Process, CancellationToken, Task>? whileRunning)
    {
        var start = StartInfo(workingDirectory, environment, program, arguments);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var commandLine = $"{Path.GetFileName(program)} {string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a))}";
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            if (whileRunning is not null)
                await whileRunning(process, timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            throw new TimeoutException($"Gave up after {Timeout.TotalMinutes} minutes.{Environment.NewLine}{new ProcessResult(commandLine, -1, Snapshot(output), stopwatch.Elapsed)}");
        }

        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    /// <summary>Describes a run of a program with its output redirected, without the MSBuild and VSTest settings of this process.</summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        // This process runs under 'dotnet test': the MSBuild and VSTest settings it inherited belong to that run, not to these.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return start;
    }

    /// <summary>Gets the <c>dotnet</c> host that runs this process.</summary>
    public static string DotNetPath() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
            return output.ToString();
    }
}
