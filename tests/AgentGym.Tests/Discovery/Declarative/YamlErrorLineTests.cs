namespace AgentGym.Tests.Discovery.Declarative;

/// <summary>YAML syntax errors name the line where the problem is, not where the document starts.</summary>
public sealed class YamlErrorLineTests
{
    [Fact]
    public void A_tab_used_as_indentation_is_reported_on_its_line()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", "name: refund\ninput: Refund order 7\ntimeout_seconds: 5\nexpected_output:\n\tstatus: refunded\n");

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.True(error!.Contains("t.agenttest.yaml:5:", StringComparison.Ordinal), error);
        Assert.Contains("tab", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_unclosed_flow_list_is_reported_where_it_opens_or_ends_not_on_line_one()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", "name: refund\ninput: x\nrequired_tools: [lookup, refund\nretries: 1\n");

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.DoesNotContain("t.agenttest.yaml:1:", error, StringComparison.Ordinal);
        Assert.Matches(@"t\.agenttest\.yaml:[345]:", error);
    }

    [Fact]
    public void A_duplicate_key_names_the_line_and_the_field()
    {
        using var folder = new TestFileFolder().With("t.agenttest.yaml", "name: refund\ninput: x\nretries: 1\nretries: 2\n");

        var error = Assert.Single(folder.Discover()).DefinitionError;

        Assert.Contains("t.agenttest.yaml:4:", error, StringComparison.Ordinal);
        Assert.Contains("retries", error, StringComparison.Ordinal);
    }
}
