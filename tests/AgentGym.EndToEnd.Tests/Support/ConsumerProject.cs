using System.Xml.Linq;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// Writes a fresh test project, as a user of AgentGym would have: it references AgentGym, AgentGym.Benchmarks and AgentGym.TestAdapter from a
/// package feed, Microsoft.NET.Test.Sdk, and xunit for a plain test beside the agent tests. Nothing of the repository's
/// build settings reaches it.
/// </summary>
public static class ConsumerProject
{
    /// <summary>The consumer project's name, which is also its root namespace.</summary>
    public const string Name = "Consumer";

    /// <summary>Writes the project into <paramref name="root"/>/Consumer and returns the project folder.</summary>
    /// <param name="root">A temp folder of its own.</param>
    /// <param name="feed">The folder that holds the freshly packed AgentGym packages.</param>
    /// <param name="agentGymVersion">Their version.</param>
    public static string Write(string root, string feed, string agentGymVersion)
    {
        // Empty props and targets at the top, so that nothing above the temp folder is imported.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        WriteNuGetConfig(Path.Combine(root, "nuget.config"), feed);

        var folder = Directory.CreateDirectory(Path.Combine(root, Name)).FullName;
        File.WriteAllText(Path.Combine(folder, Name + ".csproj"), ProjectFile(agentGymVersion));
        var sources = Path.Combine(AppContext.BaseDirectory, Name);
        foreach (var source in Directory.EnumerateFiles(sources, "*.cs"))
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        // Declarative test files keep their folders; nothing in the project file mentions them: the package's targets copy them.
        foreach (var source in Directory.EnumerateFiles(sources, "*.agenttest.*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(sources, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        return folder;
    }

    private static string ProjectFile(string agentGymVersion) => new XElement("Project",
        new XAttribute("Sdk", "Microsoft.NET.Sdk"),
        new XElement("PropertyGroup",
            new XElement("TargetFramework", RepositoryLayout.TargetFramework),
            new XElement("Nullable", "enable"),
            new XElement("ImplicitUsings", "enable"),
            new XElement("ManagePackageVersionsCentrally", "false"),
            new XElement("IsPackable", "false")),
        new XElement("ItemGroup",
            Package("AgentGym", agentGymVersion),
            Package("AgentGym.TestAdapter", agentGymVersion),
            Package("AgentGym.Benchmarks", agentGymVersion),
            Package("Microsoft.NET.Test.Sdk", RepositoryLayout.PackageVersion("Microsoft.NET.Test.Sdk")),
            Package("xunit", RepositoryLayout.PackageVersion("xunit")),
            Package("xunit.runner.visualstudio", RepositoryLayout.PackageVersion("xunit.runner.visualstudio")))).ToString() + Environment.NewLine;

    private static XElement Package(string id, string version) =>
        new("PackageReference", new XAttribute("Include", id), new XAttribute("Version", version));

    // The temp feed first, then the repository's own sources: the same registry the repository restores from, and no other.
    private static void WriteNuGetConfig(string path, string feed) => new XDocument(
        new XElement("configuration",
            new XElement("packageSources",
                new XElement("clear"),
                new XElement("add", new XAttribute("key", "agentgym-e2e"), new XAttribute("value", feed)),
                RepositoryLayout.PackageSources()))).Save(path);
}
