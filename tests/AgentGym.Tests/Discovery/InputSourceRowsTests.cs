using AgentGym.Agents;
using AgentGym.Attributes;
using AgentGym.Definitions;
using AgentGym.Sdk;

namespace AgentGym.Tests.Discovery;

public sealed class InputSourceRowsTests
{
    public sealed class XunitStyleSources
    {
        public static IEnumerable<object[]> Rows => [["Where is order 42?"], [new AgentRequest("Refund order 7")]];

        public static TheoryData<string> Questions => new() { "Where is order 43?", "Cancel order 44" };

        public static TheoryData<AgentRequest> Requests => new() { new AgentRequest("with context", new Dictionary<string, object?> { ["order"] = 45 }) };

        public static IEnumerable<object[]> TwoValueRows => [["Where is order 42?", 42]];

        public static IEnumerable<object> Numbers => [1, 2];

        [AgentTest, InputSource(nameof(Rows))]
        public void FromRows()
        {
        }

        [AgentTest, InputSource(nameof(Questions))]
        public void FromTheoryData()
        {
        }

        [AgentTest, InputSource(nameof(Requests))]
        public void FromTheoryDataOfRequests()
        {
        }

        [AgentTest, InputSource(nameof(TwoValueRows))]
        public void FromTwoValueRows()
        {
        }

        [AgentTest, InputSource(nameof(Numbers))]
        public void FromNumbers()
        {
        }
    }

    [Fact]
    public void Rows_of_one_value_are_inputs_as_in_xunit_member_data()
    {
        var tasks = Discover("FromRows").Select(t => t.Input!.Task);

        Assert.Equal(["Where is order 42?", "Refund order 7"], tasks);
    }

    [Fact]
    public void Theory_data_of_strings_gives_one_test_case_per_row()
    {
        var tests = Discover("FromTheoryData");

        Assert.Equal(["Where is order 43?", "Cancel order 44"], tests.Select(t => t.Input!.Task));
        Assert.All(tests, t => Assert.Null(t.DefinitionError));
    }

    [Fact]
    public void Theory_data_of_requests_keeps_their_context()
    {
        var test = Assert.Single(Discover("FromTheoryDataOfRequests"));

        Assert.Equal(45, test.Input!.Context["order"]);
    }

    [Fact]
    public void A_row_of_two_values_is_refused_with_a_message_that_says_one_input_per_row()
    {
        var test = Assert.Single(Discover("FromTwoValueRows"));

        Assert.Contains("[InputSource(\"TwoValueRows\")]", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("item 0", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("row of 2 values", test.DefinitionError, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_of_another_type_keep_the_clear_message()
    {
        var test = Assert.Single(Discover("FromNumbers"));

        Assert.Contains("item 0 of", test.DefinitionError, StringComparison.Ordinal);
        Assert.Contains("is a Int32; expected a string or an AgentRequest", test.DefinitionError, StringComparison.Ordinal);
    }

    private static List<AgentTestDefinition> Discover(string method) =>
        [.. AttributeTestDiscoverer.Discover(typeof(XunitStyleSources)).Where(t => t.FullName.EndsWith("." + method, StringComparison.Ordinal))];
}
