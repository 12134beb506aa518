using System.Xml.Linq;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>
/// Writes fresh test projects, as a user of AgentGym would have, that reference AgentGym, AgentGym.Benchmarks and
/// AgentGym.TestAdapter from a package feed: a VSTest project (with Microsoft.NET.Test.Sdk, and xunit for a plain test beside
/// the agent tests), and the same agent tests as a Microsoft.Testing.Platform executable (EnableAgentGymRunner, no test SDK),
/// whose folder's global.json makes <c>dotnet test</c> use that platform. Both build an assembly named Consumer, as one
/// project switched from one mode to the other would. Nothing of the repository's build settings reaches them.
/// </summary>
public static class ConsumerProject
{
    /// <summary>The consumer project's name, which is also its root namespace.</summary>
    public const string Name = "Consumer";

    /// <summary>The folder of the Microsoft.Testing.Platform project.</summary>
    public const string RunnerFolder = "RunnerConsumer";

    /// <summary>The file beside both projects that builds them in one go.</summary>
    public const string Solution = "Consumers.slnx";

    // The xunit fact runs under VSTest only: the executable has agent tests alone.
    private const string VSTestOnlySource = "PlainXunitTests.cs";

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
        CopySources(folder, includeVSTestOnly: true);
        File.WriteAllText(Path.Combine(root, Solution), $"<Solution>\n  <Project Path=\"{Name}/{Name}.csproj\" />\n  <Project Path=\"{RunnerFolder}/{RunnerFolder}.csproj\" />\n</Solution>\n");
        return folder;
    }

    /// <summary>
    /// Writes the Microsoft.Testing.Platform project into <paramref name="root"/>/RunnerConsumer, with its global.json, and
    /// returns the project folder.
    /// </summary>
    /// <param name="root">The folder <see cref="Write"/> wrote to.</param>
    /// <param name="agentGymVersion">The version of the AgentGym packages.</param>
    public static string WriteRunner(string root, string agentGymVersion)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, RunnerFolder)).FullName;
        File.WriteAllText(Path.Combine(folder, RunnerFolder + ".csproj"), RunnerProjectFile(agentGymVersion));
        File.WriteAllText(Path.Combine(folder, "global.json"), "{\n  \"test\": { \"runner\": \"Microsoft.Testing.Platform\" }\n}\n");
        CopySources(folder, includeVSTestOnly: false);
        return folder;
    }

    private static void CopySources(string folder, bool includeVSTestOnly)
    {
        var sources = Path.Combine(AppContext.BaseDirectory, Name);
        foreach (var source in Directory.EnumerateFiles(sources, "*.cs").Where(f => includeVSTestOnly || Path.GetFileName(f) != VSTestOnlySource))
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        // Declarative test files keep their folders; nothing in the project file mentions them: the package's targets copy them.
        foreach (var source in Directory.EnumerateFiles(sources, "*.agenttest.*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(sources, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
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
            // For the docs' snippets, which are compiled against what this project references.
            Package("AgentGym.OpenAI", agentGymVersion),
            Package("AgentGym.Storage.PostgreSql", agentGymVersion),
            Package("AgentGym.Server", agentGymVersion),
            // The server's snippets are a Program.cs of an ASP.NET Core application.
            new XElement("FrameworkReference", new XAttribute("Include", "Microsoft.AspNetCore.App")),
            Package("Microsoft.NET.Test.Sdk", RepositoryLayout.PackageVersion("Microsoft.NET.Test.Sdk")),
            Package("xunit", RepositoryLayout.PackageVersion("xunit")),
            Package("xunit.runner.visualstudio", RepositoryLayout.PackageVersion("xunit.runner.visualstudio"))),
        // What a file of this project compiles against, for the docs' snippets: the references and the global usings.
        new XElement("Target", new XAttribute("Name", "WriteCompileInputs"), new XAttribute("AfterTargets", "CoreCompile"),
            new XElement("WriteLinesToFile", new XAttribute("File", $"$(MSBuildProjectDirectory)/obj/{ReferencesFile}"), new XAttribute("Lines", "@(ReferencePathWithRefAssemblies)"), new XAttribute("Overwrite", "true")),
            new XElement("WriteLinesToFile", new XAttribute("File", $"$(MSBuildProjectDirectory)/obj/{UsingsFile}"), new XAttribute("Lines", "@(Using)"), new XAttribute("Overwrite", "true")))).ToString() + Environment.NewLine;

    /// <summary>The file under <c>obj/</c> that lists the assemblies the project compiles against, one path a line.</summary>
    public const string ReferencesFile = "compile-references.txt";

    /// <summary>The file under <c>obj/</c> that lists the project's global usings, one namespace a line.</summary>
    public const string UsingsFile = "compile-usings.txt";

    private static string RunnerProjectFile(string agentGymVersion) => new XElement("Project",
        new XAttribute("Sdk", "Microsoft.NET.Sdk"),
        new XElement("PropertyGroup",
            new XElement("TargetFramework", RepositoryLayout.TargetFramework),
            new XElement("Nullable", "enable"),
            new XElement("ImplicitUsings", "enable"),
            new XElement("ManagePackageVersionsCentrally", "false"),
            new XElement("IsPackable", "false"),
            new XElement("AssemblyName", Name),
            new XElement("RootNamespace", Name),
            new XElement("EnableAgentGymRunner", "true")),
        new XElement("ItemGroup",
            Package("AgentGym", agentGymVersion),
            Package("AgentGym.TestAdapter", agentGymVersion),
            Package("AgentGym.Benchmarks", agentGymVersion))).ToString() + Environment.NewLine;

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
