using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Runtime.InteropServices;
using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

/// <summary>
/// The packages' precompiled (ReadyToRun) builds of AgentGym.dll and of the adapter, as a consumer's build and its runs see
/// them.
/// </summary>
public sealed partial class DotnetTestTests
{
    // The platforms src/ReadyToRun.targets precompiles for (AgentGymReadyToRunRuntimes).
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

    [Fact]
    public void Both_kinds_of_consumer_get_the_adapter_precompiled_for_the_machine_they_are_built_on()
    {
        // The package carries the adapter precompiled for each platform under build/<tfm>/runtimes/<rid>/; a build takes the
        // one of its RuntimeIdentifier, or else of the machine (these consumers set none), and the portable one otherwise.
        var expected = PrecompiledRuntimes.Contains(RuntimeInformation.RuntimeIdentifier, StringComparer.Ordinal);
        var vstestAdapter = Path.Combine(consumer.ProjectFolder, "bin", "Debug", RepositoryLayout.TargetFramework, "AgentGym.TestAdapter.dll");
        var runnerAdapter = Path.Combine(Path.GetDirectoryName(consumer.RunnerExecutable)!, "AgentGym.TestAdapter.dll");

        Assert.Equal(expected, IsPrecompiled(vstestAdapter));
        Assert.Equal(expected, IsPrecompiled(runnerAdapter));
    }

    [Theory]
    [InlineData("win-x64", true)]
    [InlineData("osx-arm64", true)]
    [InlineData("linux-musl-x64", false)]
    public async Task A_project_built_for_a_platform_takes_the_adapter_precompiled_for_it_or_else_the_portable_one(string runtime, bool precompiled)
    {
        var expected = precompiled
            ? $"/build/{RepositoryLayout.TargetFramework}/runtimes/{runtime}/AgentGym.TestAdapter.dll"
            : $"/build/{RepositoryLayout.TargetFramework}/AgentGym.TestAdapter.dll";

        // What the build would copy next to the tests (VSTest), and what it would compile against and copy (the executable).
        var copied = await EvaluatedItemAsync(consumer.ProjectFolder, ConsumerProject.Name, "None", "Link", "AgentGym.TestAdapter.dll", runtime);
        var referenced = await EvaluatedItemAsync(consumer.RunnerFolder, ConsumerProject.RunnerFolder, "Reference", "Identity", "AgentGym.TestAdapter", runtime);

        Assert.EndsWith(expected, copied.GetProperty("FullPath").GetString()!.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.EndsWith(expected, referenced.GetProperty("HintPath").GetString()!.Replace('\\', '/'), StringComparison.Ordinal);
    }

    // The one item of a type whose metadata has the value, as MSBuild evaluates the project for a runtime identifier.
    private static async Task<JsonElement> EvaluatedItemAsync(string folder, string project, string itemType, string metadata, string value, string runtime)
    {
        var run = await DotNetCli.RunAsync(folder, "msbuild", project + ".csproj", $"-getItem:{itemType}", $"-p:RuntimeIdentifier={runtime}");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output[run.Output.IndexOf('{', StringComparison.Ordinal)..]);
        return Assert.Single(
            json.RootElement.GetProperty("Items").GetProperty(itemType).EnumerateArray(),
            item => item.TryGetProperty(metadata, out var found) && found.GetString() == value).Clone();
    }

    // A ReadyToRun image has a managed native header; an assembly of IL alone has none.
    private static bool IsPrecompiled(string file)
    {
        using var reader = new PEReader(File.OpenRead(file));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
