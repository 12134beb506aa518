using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace AgentGym.Server.Tests;

/// <summary>
/// <c>agentgym worker</c> as a process of its own, run from the command line's build output as a user's machine would run it,
/// with its output kept for messages. Disposing it kills it and everything it started.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private WorkerProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    public static WorkerProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CommandLine);
        start.ArgumentList.Add("worker");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var process = new Process { StartInfo = start };
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Append(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Kills the process and what it started, as a machine that dies would end it, and waits until it is gone.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }

    // The command line's build output, in the configuration of this assembly.
    private static string CommandLine
    {
        get
        {
            var configuration = typeof(WorkerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                var path = Path.Combine(directory.FullName, "src", "AgentGym.Cli", "bin", configuration, $"net{Environment.Version.Major}.{Environment.Version.Minor}", "AgentGym.Cli.dll");
                if (File.Exists(path))
                    return path;
            }

            throw new InvalidOperationException($"AgentGym.Cli.dll ({configuration}) is not built above {AppContext.BaseDirectory}.");
        }
    }
}
