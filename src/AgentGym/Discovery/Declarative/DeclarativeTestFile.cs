using AgentGym.Sdk;

namespace AgentGym.Discovery.Declarative;

/// <summary>Where a declarative test file is, and the names its tests get from it.</summary>
/// <param name="RelativePath">The path relative to the test assembly's folder, with forward slashes: <c>AgentTests/orders.agenttest.yaml</c>.</param>
/// <param name="Directory">The full path of the folder it was read from; relative schema paths resolve against it.</param>
/// <param name="SourceFile">The file to show in Test Explorer: the project's copy when it is known, else the one read.</param>
internal sealed record DeclarativeTestFile(string RelativePath, string Directory, string SourceFile)
{
    /// <summary>Gets the prefix of its tests' full names: the relative path without the extension, dotted (<c>AgentTests.orders</c>).</summary>
    public string Namespace
    {
        get
        {
            var stem = RelativePath;
            foreach (var extension in DeclarativeTestDiscoverer.FileExtensions)
            {
                if (stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    stem = stem[..^extension.Length];
                    break;
                }
            }

            return stem.Replace('/', '.');
        }
    }
}
