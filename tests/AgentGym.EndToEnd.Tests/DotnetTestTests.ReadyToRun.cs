using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

/// <summary>The package's precompiled (ReadyToRun) builds of AgentGym.dll, as a consumer's build and its runs see them.</summary>
public sealed partial class DotnetTestTests
{
    // The platforms src/AgentGym/AgentGym.csproj precompiles for (AgentGymReadyToRunRuntimes).
    private static readonly string[] PrecompiledRuntimes = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    [Fact]
    public void The_consumer_gets_AgentGym_precompiled_for_each_platform_beside_the_portable_build()
    {
        var output = Path.Combine(consumer.ProjectFolder, "bin", "Debug", RepositoryLayout.TargetFramework);

        Assert.False(IsPrecompiled(Path.Combine(output, "AgentGym.dll")), "The portable AgentGym.dll (lib/) should hold no precompiled code.");
        foreach (var runtime in PrecompiledRuntimes)
        {
            var file = Path.Combine(output, "runtimes", runtime, "lib", RepositoryLayout.TargetFramework, "AgentGym.dll");
            Assert.True(File.Exists(file), $"The build output has no {file}.");
            Assert.True(IsPrecompiled(file), $"{file} holds no precompiled code.");
        }
    }

    [Fact]
    public async Task A_run_loads_the_precompiled_AgentGym_of_the_machine_it_runs_on()
    {
        var trace = Path.Combine(consumer.NewFolder("host-trace"), "host.txt");
        var environment = new Dictionary<string, string> { ["COREHOST_TRACE"] = "1", ["COREHOST_TRACEFILE"] = trace };

        var run = await DotNetCli.RunProgramAsync(consumer.RunnerFolder, environment, consumer.RunnerExecutable, "--list-tests");

        Assert.True(run.ExitCode == 0, run.ToString());
        // The .NET host traces each assembly it gives the runtime to load ("Adding tpa entry: <path>, ..."): AgentGym.dll once.
        var entry = Assert.Single(
            File.ReadLines(trace).Select(l => l.Replace('\\', '/')),
            l => l.StartsWith("Adding tpa entry:", StringComparison.Ordinal) && l.Contains("/AgentGym.dll,", StringComparison.Ordinal));
        var expected = PrecompiledRuntimes.Contains(RuntimeInformation.RuntimeIdentifier, StringComparer.Ordinal)
            ? $"/runtimes/{RuntimeInformation.RuntimeIdentifier}/lib/{RepositoryLayout.TargetFramework}/AgentGym.dll,"
            : $"/{RepositoryLayout.TargetFramework}/AgentGym.dll,";
        Assert.Contains(expected, entry, StringComparison.Ordinal);
    }

    // A ReadyToRun image has a managed native header; an assembly of IL alone has none.
    private static bool IsPrecompiled(string file)
    {
        using var reader = new PEReader(File.OpenRead(file));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
