using AgentGym.Security;

namespace AgentGym.Tests.Security;

public sealed class ProbeFileErrorTests
{
    private const string Header = "format: 1\nset: mine\nprobes:\n";

    [Theory]
    [InlineData("  - id: p1\n    category: LLM03\n    title: t\n    task: x\n", 5, "probes[0].category", "'LLM03' is not a category an agent test can reach")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    delivery: tool_result\n", 4, "probes[0].injection", "is required when delivery is 'tool_result'")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    task: say {{trigerr}}\n", 7, "probes[0].task", "uses {{trigerr}}, which is not a placeholder")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    task: x\n    expect: [no_triger]\n", 8, "probes[0].expect[0]", "'no_triger' is not an expectation")]
    [InlineData("  - id: p1\n    category: LLM05\n    title: t\n    task: x\n    unsafe_output: ['(unclosed']\n", 8, "probes[0].unsafe_output[0]", "is not a valid regular expression")]
    [InlineData("  - id: p1\n    category: LLM10\n    title: t\n    task: x\n    budget: { max_tool_calls: 0 }\n", 8, "probes[0].budget.max_tool_calls", "must be a whole number of at least 1")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    task: x\n    severity: high\n", 8, "probes[0].severity", "is not a field of a probe; known fields: id, category")]
    [InlineData("  - id: P 1\n    category: LLM01\n    title: t\n    task: x\n", 4, "probes[0].id", "must be lower-case letters")]
    [InlineData("  - id: p1\n    category: LLM01\n    task: x\n", 4, "probes[0].title", "is required.")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    task: x\n  - id: p1\n    category: LLM01\n    title: t\n    task: y\n", 8, "probes[1].id", "'p1' is used twice (also on line 4)")]
    [InlineData("  - id: p1\n    category: LLM01\n    title: t\n    task: x\n    encoding: base64\n", 8, "probes[0].encoding", "needs a 'payload' to encode")]
    public void A_bad_probe_names_file_line_and_field(string probes, int line, string field, string problem)
    {
        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.Parse(Header + probes, "mine.probes.yaml", isYaml: true));

        Assert.Equal(("mine.probes.yaml", line, field), (error.File, error.Line, error.Field));
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"Probe file mine.probes.yaml:{line}: {field}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_another_format_says_which_format_is_read()
    {
        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.Parse("""{ "format": 2, "set": "s", "probes": [] }""", "p.json", isYaml: false));

        Assert.Equal("Probe file p.json:1: format: is 2; this version of AgentGym reads probe files of format 1.", error.Message);
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.Parse("{\n  \"format\": 1,\n  \"set\": \"s\"\n  \"probes\": []\n}", "p.json", isYaml: false));

        Assert.Equal(4, error.Line);
        Assert.Contains("is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.Load(Path.Combine(Path.GetTempPath(), "agentgym-no-such-dir", "x.probes.yaml"), "probes/x.probes.yaml"));

        Assert.StartsWith("Probe file probes/x.probes.yaml: cannot be read:", error.Message, StringComparison.Ordinal);
    }
}
