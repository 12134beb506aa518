using YamlDotNet.RepresentationModel;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>A CI pipeline file of samples/ci, read as YAML, with the paths into it that the tests look at.</summary>
public sealed class PipelineFile
{
    private PipelineFile(string path, YamlMappingNode root)
    {
        Path = path;
        Root = root;
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the document's root mapping.</summary>
    public YamlMappingNode Root { get; }

    /// <summary>Reads and parses a pipeline file; a YAML error fails with the file's name and the line.</summary>
    public static PipelineFile Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
            stream.Load(reader);
        return new PipelineFile(path, Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode));
    }

    /// <summary>Gets a child of a mapping by key, failing with the path when it is missing.</summary>
    public static YamlNode Child(YamlNode node, string key) =>
        Assert.IsType<YamlMappingNode>(node).Children.TryGetValue(new YamlScalarNode(key), out var child)
            ? child
            : throw new Xunit.Sdk.XunitException($"No '{key}' in {node.Start}.");

    /// <summary>Gets every scalar value below a node, depth first.</summary>
    public static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlMappingNode mapping => mapping.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        _ => [],
    };

    /// <summary>Gets the shell scripts every step runs (<c>run:</c> in GitHub Actions, <c>bash:</c> in Azure Pipelines).</summary>
    public IReadOnlyList<string> ShellSteps() =>
        [.. Descendants(Root).OfType<YamlMappingNode>()
            .SelectMany(m => m.Children.Where(c => c.Key is YamlScalarNode { Value: "run" or "bash" } && c.Value is YamlScalarNode).Select(c => ((YamlScalarNode)c.Value).Value!))];

    private static IEnumerable<YamlNode> Descendants(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Values.SelectMany(Descendants).Prepend(node),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Descendants).Prepend(node),
        _ => [node],
    };
}
