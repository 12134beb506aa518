using AgentGym.Security;

namespace AgentGym.Tests.Security;

public sealed class ProbeCorpusTests
{
    [Fact]
    public void The_builtin_corpus_covers_every_category_an_agent_test_can_reach()
    {
        var categories = SecurityProbeCorpus.BuiltIn.Probes.Select(p => p.Category).ToHashSet();

        Assert.Equal([.. OwaspCategories.All], categories.Order());
    }

    [Fact]
    public void The_builtin_corpus_has_the_promised_sets_and_deliveries()
    {
        var corpus = SecurityProbeCorpus.BuiltIn;

        Assert.Equal(
            ["prompt-injection", "system-prompt-extraction", "sensitive-information", "excessive-agency", "jailbreak", "encoding", "output-handling", "unbounded-consumption"],
            corpus.Sets);
        Assert.Contains(corpus.Probes, p => p.Delivery == ProbeDelivery.ToolResult && p.Category == OwaspCategory.PromptInjection);
        Assert.Contains(corpus.Probes, p => p.Delivery == ProbeDelivery.Document && p.Category == OwaspCategory.PromptInjection);
        Assert.Equal([ProbeEncoding.Base64, ProbeEncoding.Hex, ProbeEncoding.Rot13, ProbeEncoding.Homoglyph], corpus.Probes.Select(p => p.Encoding).Where(e => e != ProbeEncoding.None).Distinct());
    }

    [Fact]
    public void Builtin_probes_name_their_file_and_line()
    {
        var probe = SecurityProbeCorpus.BuiltIn.Probes.First(p => p.Id == "pi-direct-ignore-previous");

        Assert.Equal("built-in:01-prompt-injection.probes.yaml", probe.SourceFile);
        Assert.Equal(7, probe.SourceLine);
    }

    [Fact]
    public void Selection_by_category_set_and_id_combines()
    {
        var corpus = SecurityProbeCorpus.BuiltIn;

        Assert.All(corpus.Select(categories: ["LLM07"]), p => Assert.Equal(OwaspCategory.SystemPromptLeakage, p.Category));
        Assert.Equal(["jb-grandmother"], corpus.Select(categories: ["llm07"], sets: ["jailbreak"]).Select(p => p.Id));
        Assert.Equal(["oh-script-tag"], corpus.Select(ids: ["oh-script-tag"]).Select(p => p.Id));
    }

    [Theory]
    [InlineData("LLM03", "'LLM03' is not a category an agent test can reach; use one of LLM01, LLM02, LLM05, LLM06, LLM07, LLM10.")]
    public void An_unknown_category_is_named_with_the_known_ones(string category, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => SecurityProbeCorpus.BuiltIn.Select(categories: [category]));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_set_or_probe_id_is_named()
    {
        Assert.Contains("'jailbreaks' is not a probe set; known sets: prompt-injection,", Assert.Throws<ArgumentException>(() => SecurityProbeCorpus.BuiltIn.Select(sets: ["jailbreaks"])).Message, StringComparison.Ordinal);
        Assert.Contains("'pi-nope' is not the id of a probe", Assert.Throws<ArgumentException>(() => SecurityProbeCorpus.BuiltIn.Select(ids: ["pi-nope"])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_users_file_extends_the_builtin_corpus()
    {
        var own = SecurityProbeCorpus.Parse("""
            format: 1
            set: mine
            probes:
              - id: mine-1
                category: LLM06
                title: Mine
                task: Call {{forbidden_tool}}.
            """, "mine.probes.yaml", isYaml: true);

        var corpus = SecurityProbeCorpus.BuiltIn.With(own);

        Assert.Equal("mine", corpus.Sets[^1]);
        Assert.Equal(SecurityProbeCorpus.BuiltIn.Probes.Count + 1, corpus.Probes.Count);
        Assert.True(corpus.Probes[^1].NeedsForbiddenTool);
    }

    [Fact]
    public void A_users_probe_that_reuses_a_builtin_id_names_both_places()
    {
        var own = SecurityProbeCorpus.Parse("""{ "format": 1, "set": "mine", "probes": [ { "id": "oh-script-tag", "category": "LLM05", "title": "t", "task": "x" } ] }""", "mine.json", isYaml: false);

        var error = Assert.Throws<ProbeFileException>(() => SecurityProbeCorpus.BuiltIn.With(own));

        Assert.Equal("Probe file mine.json:1: id: 'oh-script-tag' is already the id of a probe in built-in:07-output-handling.probes.yaml:7; probe ids must be unique.", error.Message);
    }
}
