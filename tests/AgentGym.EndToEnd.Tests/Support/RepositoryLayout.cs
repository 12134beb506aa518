using System.Reflection;
using System.Xml.Linq;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>Where the repository is, how this assembly was built, and what the repository's package settings say.</summary>
public static class RepositoryLayout
{
    /// <summary>Gets the repository's root folder: the one above this assembly that holds the solution.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the configuration this assembly was built in (Debug, Release), which the packed projects were built in too.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration ? configuration : "Debug";

    /// <summary>Gets the target framework moniker of the running test assembly, such as <c>net10.0</c>.</summary>
    public static string TargetFramework => $"net{Environment.Version.Major}.{Environment.Version.Minor}";

    /// <summary>Gets the path of a project under <c>src/</c>.</summary>
    public static string SourceProject(string name) => Path.Combine(Root, "src", name, name + ".csproj");

    /// <summary>Gets the version Directory.Packages.props names for a package.</summary>
    public static string PackageVersion(string packageId)
    {
        var props = XDocument.Load(Path.Combine(Root, "Directory.Packages.props"));
        return props.Descendants("PackageVersion")
            .Where(e => string.Equals((string?)e.Attribute("Include"), packageId, StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("Version"))
            .FirstOrDefault() ?? throw new InvalidOperationException($"Directory.Packages.props names no version of {packageId}.");
    }

    /// <summary>Gets the package sources of the repository's nuget.config, as <c>add</c> elements.</summary>
    public static IReadOnlyList<XElement> PackageSources() =>
        [.. XDocument.Load(Path.Combine(Root, "nuget.config")).Descendants("packageSources").Elements("add")];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (directory.EnumerateFiles("AgentGym.sln*").Any() && File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
                return directory.FullName;
        }

        throw new InvalidOperationException($"No AgentGym solution above {AppContext.BaseDirectory}.");
    }
}
