using System.Reflection;
using Microsoft.Testing.Extensions.VSTestBridge.Capabilities;
using Microsoft.Testing.Extensions.VSTestBridge.Helpers;
using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Capabilities.TestFramework;
using Microsoft.Testing.Platform.Helpers;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>Registers AgentGym with a Microsoft.Testing.Platform test application.</summary>
public static class AgentGymTestApplicationBuilderExtensions
{
    /// <summary>
    /// Makes AgentGym the test application's test framework, with what the VSTest adapter reads in VSTest mode:
    /// <c>--settings</c> (runsettings), <c>--filter</c>, <c>--test-parameter</c> and runsettings environment variables, plus
    /// <c>--treenode-filter</c>.
    /// </summary>
    /// <param name="builder">The test application being built.</param>
    /// <param name="getTestAssemblies">The assemblies that hold the agent tests; usually the entry assembly.</param>
    public static void AddAgentGym(this ITestApplicationBuilder builder, Func<IEnumerable<Assembly>> getTestAssemblies)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(getTestAssemblies);
        var extension = new AgentGymExtension();
        builder.AddRunSettingsService(extension);
        builder.AddTestCaseFilterService(extension);
        builder.AddTestRunParametersService(extension);
        builder.AddRunSettingsEnvironmentVariableProvider(extension);
        builder.AddTreeNodeFilterService(extension);
        builder.RegisterTestFramework(
            _ => new TestFrameworkCapabilities(new VSTestBridgeExtensionBaseCapabilities()),
            (capabilities, services) => new AgentGymBridgedTestFramework(extension, getTestAssemblies, services, capabilities));
    }
}
