using AgentGym.Security;

namespace AgentGym.Tests.Discovery.Declarative;

/// <summary>
/// YAML whose shape would exhaust the reader (nesting without end, an alias inside the node it names, aliases that expand
/// without bound) is a definition error on its line, never a crashed or hung run.
/// </summary>
public sealed class YamlShapeTests
{
    private static readonly string DeepList = "name: deep\ninput: x\nexpected_output:\n  a: " + new string('[', 100_000) + "\n";

    // Nine levels of ten aliases each: a billion values once expanded, in a few hundred bytes of text.
    private static readonly string AliasBomb = "name: bomb\ninput: x\nexpected_output:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n"));

    [Fact]
    public void Nesting_deeper_than_the_json_readers_allow_is_reported_on_its_line()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", DeepList);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.True(error!.Contains("t.agenttest.yaml:4:", StringComparison.Ordinal), error);
        Assert.Contains("nested more than 64 deep", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_file_nested_without_end_is_reported_too()
    {
        using var folder = new TestFileFolder().With("t.agenttest.json", "{\"name\": \"deep\", \"input\": \"x\", \"expected_output\": " + new string('[', 100_000) + "}");

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.True(error!.Contains("t.agenttest.json:1:", StringComparison.Ordinal), error);
        Assert.Contains("is not valid JSON", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var nested = new string('[', 58) + "1" + new string(']', 58);
        using var folder = new TestFileFolder().With("t.agenttest.yaml", $"name: nested\ninput: x\nexpected_output:\n  a: {nested}\n");

        var test = Assert.Single(folder.Discover());

        Assert.True(test.DefinitionError is null, test.DefinitionError);
    }

    [Theory]
    [InlineData("name: loop\ninput: x\nexpected_output: &c\n  self: *c\n", 4)]
    [InlineData("name: loop\ninput: x\nexpected_output:\n  a: &a [1, [2, *a]]\n", 4)]
    public void An_alias_inside_the_node_it_names_is_reported_on_its_line(string yaml, int line)
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", yaml);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.True(error!.Contains($"t.agenttest.yaml:{line}:", StringComparison.Ordinal), error);
        Assert.Contains("is inside the node", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_that_expand_without_bound_are_reported()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", AliasBomb);

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("aliases expand the document to more than 1,000,000 values", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_that_repeat_a_node_are_still_read()
    {
        using var folder = new TestFileFolder().With(
            "t.agenttest.yaml",
            "tests:\n  - name: one\n    input: x\n    expected_output: &shared { region: eu }\n  - name: two\n    input: y\n    expected_output: *shared\n");

        var tests = folder.Discover();

        Assert.Equal(2, tests.Count);
        Assert.All(tests, t => Assert.True(t.DefinitionError is null, t.DefinitionError));
    }

    [Fact]
    public void A_probe_file_reports_the_same_shapes_as_a_problem_of_the_file()
    {
        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.Parse("format: 1\nset: s\nprobes:\n  - " + new string('[', 100_000) + "\n", "s.probes.yaml", isYaml: true));

        Assert.Equal(("s.probes.yaml", 4), (error.File, error.Line));
        Assert.Contains("nested more than 64 deep", error.Problem, StringComparison.Ordinal);
    }
}
