using System.Reflection;
using Microsoft.Testing.Platform.Builder;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// The hook that the entry point generated for <c>&lt;EnableAgentGymRunner&gt;true&lt;/EnableAgentGymRunner&gt;</c> calls: it
/// registers AgentGym with the test application, for the test assembly that is running.
/// </summary>
public static class TestingPlatformBuilderHook
{
    /// <summary>Registers AgentGym as the test framework of the entry assembly.</summary>
    /// <param name="testApplicationBuilder">The test application being built.</param>
    /// <param name="arguments">The command line; Microsoft.Testing.Platform parses it.</param>
    public static void AddExtensions(ITestApplicationBuilder testApplicationBuilder, string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(testApplicationBuilder);
        testApplicationBuilder.AddAgentGym(() => [Assembly.GetEntryAssembly()!]);
    }
}
