using AgentGym.Definitions;
using AgentGym.Security;
using AgentGym.Tests.Discovery.Declarative;

namespace AgentGym.Tests.Security;

public sealed class DeclarativeProbeTests
{
    [Fact]
    public void A_probes_field_makes_one_case_per_probe()
    {
        using var folder = new TestFileFolder().With("sec.agenttest.yaml", """
            name: Shop security
            agent: shop
            type: security
            probes:
              categories: [LLM01]
              sets: [encoding]
              task: Where is order 42?
              forbidden_tools: [refund]
            """);

        var tests = folder.Discover();

        Assert.Equal(SecurityProbeCorpus.BuiltIn.Select(categories: ["LLM01"], sets: ["encoding"]).Select(p => $"sec.Shop security[probe={p.Id}]"), tests.Select(t => t.Id));
        Assert.All(tests, t => Assert.Null(t.DefinitionError));
        Assert.All(tests, t => Assert.Equal(AgentTestType.Security, t.Type));
        Assert.Equal("Shop security(probe: LLM01 enc-base64-instruction)", tests[0].DisplayName);
        Assert.Equal(["refund"], tests[0].Probe!.ForbiddenTools);
    }

    [Fact]
    public void Probes_true_applies_the_whole_builtin_corpus()
    {
        using var folder = new TestFileFolder().With("sec.agenttest.json", """{ "name": "all", "probes": true }""");

        Assert.Equal(SecurityProbeCorpus.BuiltIn.Probes.Count, folder.Discover().Count);
    }

    [Fact]
    public void An_input_beside_probes_is_reported_at_its_line()
    {
        using var folder = new TestFileFolder().With("sec.agenttest.yaml", "name: both\ninput: hi\nprobes: true\n");

        var test = Assert.Single(folder.Discover());

        Assert.Contains("sec.agenttest.yaml:2: input: cannot go with 'probes'", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_category_is_reported_by_the_schema_at_its_line()
    {
        using var folder = new TestFileFolder().With("sec.agenttest.yaml", "name: s\nprobes:\n  categories: [LLM04]\n");

        var test = Assert.Single(folder.Discover());

        Assert.Contains("sec.agenttest.yaml:3: probes.categories[0]: must be one of 'LLM01'", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_probe_file_is_reported_with_both_places()
    {
        using var folder = new TestFileFolder()
            .With("tests/sec.agenttest.yaml", "name: s\nprobes:\n  builtin: false\n  files: [mine.probes.yaml]\n")
            .With("tests/mine.probes.yaml", "format: 1\nset: mine\nprobes:\n  - id: p1\n    category: LLM01\n    title: t\n    delivery: document\n");

        var test = Assert.Single(folder.Discover());

        Assert.Contains("tests/sec.agenttest.yaml:2: probes: Probe file mine.probes.yaml:4: probes[0].injection: is required when delivery is 'document'", test.DefinitionError, StringComparison.Ordinal);
    }
}
