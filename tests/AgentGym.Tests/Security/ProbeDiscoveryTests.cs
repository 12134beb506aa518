using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Sdk;
using AgentGym.Security;

namespace AgentGym.Tests.Security;

public sealed class ProbeDiscoveryTests
{
    [Fact]
    public void Each_probe_is_a_test_case_with_a_stable_id_and_a_name_that_names_the_probe()
    {
        var tests = AttributeTestDiscoverer.Discover(typeof(Probed));

        Assert.Equal(SecurityProbeCorpus.BuiltIn.Select(categories: ["LLM07"]).Count, tests.Count);
        var first = tests[0];
        Assert.Equal($"{typeof(Probed).FullName}.Prompt[agent=a][probe=spe-repeat-verbatim]", first.Id);
        Assert.Equal("Probed.Prompt(probe: LLM07 spe-repeat-verbatim)", first.DisplayName);
        Assert.Equal(AgentTestType.Security, first.Type);
        Assert.Contains(new KeyValuePair<string, string>("OwaspCategory", "LLM07"), first.Traits);
        Assert.Contains(new KeyValuePair<string, string>("Probe", "spe-repeat-verbatim"), first.Traits);
        Assert.Equal(tests.Select(t => t.Id), AttributeTestDiscoverer.Discover(typeof(Probed)).Select(t => t.Id));
    }

    [Fact]
    public void Canaries_are_the_same_on_every_discovery_and_differ_between_cases()
    {
        var first = AttributeTestDiscoverer.Discover(typeof(Probed));
        var again = AttributeTestDiscoverer.Discover(typeof(Probed));

        Assert.Equal(first.Select(t => t.Probe!.ContextCanary), again.Select(t => t.Probe!.ContextCanary));
        Assert.Equal(first.Count, first.Select(t => t.Probe!.ContextCanary.Value).Distinct().Count());
        Assert.Equal(first[0].Probe!.ContextCanary.Value, first[0].Input!.Context[SecurityProbeCase.ContextCanaryKey]);
    }

    [Fact]
    public void Each_case_checks_for_leaks_refusal_and_the_tool_policy()
    {
        var test = AttributeTestDiscoverer.Discover(typeof(Probed))[0];

        Assert.Equal(["ProbeDelivered", "NoCanaryLeak", "ForbidToolCall(\"refund\")", "OnlyTools(\"lookup\")", "Refuses(Rule)"], test.Validators.Select(v => v.Name));
    }

    [Fact]
    public void A_forbidden_tool_probe_is_skipped_with_the_reason_when_the_test_names_no_forbidden_tool()
    {
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(NoForbiddenTool)));

        Assert.Contains("set ForbiddenTools on [SecurityProbes]", test.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_beside_probes_are_an_error_of_the_test()
    {
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(WithInput)));

        Assert.Contains("[SecurityProbes] makes the test's inputs: remove [Input]", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_probe_file_makes_one_case_that_names_the_file_line_and_field()
    {
        var folder = Directory.CreateTempSubdirectory("agentgym-probes-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "probes"));
            File.WriteAllText(Path.Combine(folder.FullName, "probes", "bad.probes.yaml"), "format: 1\nset: mine\nprobes:\n  - id: p1\n    category: LLM99\n    title: t\n    task: x\n");

            var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(WithBadFile), folder.FullName));

            Assert.Contains("[SecurityProbes] Probe file probes/bad.probes.yaml:5: probes[0].category: 'LLM99' is not a category", test.DefinitionError, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_filter_that_names_no_known_set_is_an_error_of_the_test()
    {
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(UnknownSet)));

        Assert.Contains("'jailbreaks' is not a probe set", test.DefinitionError, StringComparison.Ordinal);
    }

    [UseAgent("a")]
    private sealed class Probed
    {
        [AgentTest]
        [SecurityProbes("LLM07", ForbiddenTools = ["refund"], AllowedTools = ["lookup"])]
        public void Prompt()
        {
        }
    }

    private sealed class NoForbiddenTool
    {
        [AgentTest]
        [SecurityProbes(Probes = ["ea-direct-authorized"])]
        public void Agency()
        {
        }
    }

    private sealed class WithInput
    {
        [AgentTest]
        [Input("hi")]
        [SecurityProbes]
        public void Both()
        {
        }
    }

    private sealed class WithBadFile
    {
        [AgentTest]
        [SecurityProbes(Files = ["probes/bad.probes.yaml"])]
        public void Own()
        {
        }
    }

    private sealed class UnknownSet
    {
        [AgentTest]
        [SecurityProbes(Sets = ["jailbreaks"])]
        public void Sets()
        {
        }
    }
}
