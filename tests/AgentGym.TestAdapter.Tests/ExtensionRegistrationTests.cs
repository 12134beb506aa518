using System.Reflection;

namespace AgentGym.TestAdapter.Tests;

public sealed class ExtensionRegistrationTests
{
    [Fact]
    public void The_adapter_assembly_names_its_extension_type_the_way_the_test_platform_reads_it()
    {
        // vstest finds the attribute by its full name and reads its Types property by name (TypesToLoadUtilities).
        var attribute = Assert.Single(typeof(AgentGymTestAdapter).Assembly.GetCustomAttributes(),
            a => a.GetType().FullName == "Microsoft.VisualStudio.TestPlatform.TestExtensionTypesAttribute");
        var types = attribute.GetType().GetProperty("Types", BindingFlags.Public | BindingFlags.Instance)?.GetValue(attribute);

        Assert.Equal([typeof(AgentGymTestAdapter)], Assert.IsType<Type[]>(types));
    }
}
