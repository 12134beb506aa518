using AgentGym.Attributes;
using AgentGym.Sdk;

namespace AgentGym.Tests.Conversations;

public sealed class ConversationDeclarationTests
{
    public sealed class EmptyTurn
    {
        [AgentTest]
        [Turn("Hello")]
        [Turn("  ")]
        public void Has_a_turn_with_no_text()
        {
        }
    }

    public sealed class TurnsAndInput
    {
        [AgentTest]
        [Input("Hello")]
        [Turn("Hello")]
        public void Has_both()
        {
        }
    }

    public sealed class TurnOutOfRange
    {
        [AgentTest]
        [Turn("Hello")]
        [Turn("Bye")]
        [MatchesRegex("bye", Turn = 3)]
        public void Judges_a_third_turn()
        {
        }
    }

    public sealed class TurnWithoutTurns
    {
        [AgentTest]
        [Input("Hello")]
        [MatchesRegex("hi", Turn = 1)]
        public void Judges_a_turn_of_a_single_input()
        {
        }
    }

    public sealed class UnjudgedSimulation
    {
        [AgentTest]
        [SimulatedUser("Get order 42 refunded")]
        public void Nothing_judges_the_goal()
        {
        }
    }

    public sealed class BadSimulation
    {
        [AgentTest]
        [SimulatedUser(" ", MaxTurns = 0, StopWhen = "(unclosed")]
        [Turn("Hello")]
        [ExpectText(Contains = "refund")]
        public void Has_every_mistake()
        {
        }
    }

    public sealed class GoodConversation
    {
        [AgentTest]
        [Turn("Hello")]
        [Turn("Refund order 42")]
        [ExpectText(Contains = "order", Turn = 1)]
        [ExpectToolCall("refund_order", Turn = 2)]
        [ExpectText(Contains = "refunded")]
        public void Is_declared_right()
        {
        }
    }

    private static string Error<T>() => Assert.Single(AttributeTestDiscoverer.Discover(typeof(T))).DefinitionError ?? string.Empty;

    [Fact]
    public void A_turn_with_no_text_is_named_with_its_number_and_line()
    {
        var error = Error<EmptyTurn>();

        Assert.Contains("EmptyTurn.Has_a_turn_with_no_text", error, StringComparison.Ordinal);
        Assert.Matches(@"\[Turn\] 2 \(line \d+\) has no text", error);
    }

    [Fact]
    public void Turns_and_an_input_together_are_an_error()
    {
        Assert.Contains("has both [Input] and [Turn]", Error<TurnsAndInput>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_validator_on_a_turn_that_does_not_exist_names_the_attribute_and_the_turn_count()
    {
        var error = Error<TurnOutOfRange>();

        Assert.Contains("TurnOutOfRange.Judges_a_third_turn", error, StringComparison.Ordinal);
        Assert.Contains("[MatchesRegex] Turn is 3, but the test has 2 turn(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_turn_validator_on_a_test_without_turns_is_an_error()
    {
        Assert.Contains("[MatchesRegex] Turn is 1, but the test has no scripted turns", Error<TurnWithoutTurns>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_simulated_user_whose_goal_nothing_judges_is_an_error()
    {
        Assert.Contains("nothing judges whether the simulated user's goal was met", Error<UnjudgedSimulation>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_of_a_simulated_user_is_reported_at_once()
    {
        var error = Error<BadSimulation>();

        Assert.Contains("has both [Turn] and [SimulatedUser]", error, StringComparison.Ordinal);
        Assert.Contains("[SimulatedUser] goal is empty", error, StringComparison.Ordinal);
        Assert.Contains("[SimulatedUser] MaxTurns is 0", error, StringComparison.Ordinal);
        Assert.Contains("[SimulatedUser] StopWhen is not a valid regular expression", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validators_go_to_their_turn_or_to_the_whole_test()
    {
        var test = Assert.Single(AttributeTestDiscoverer.Discover(typeof(GoodConversation)));

        Assert.Null(test.DefinitionError);
        Assert.Null(test.Input);
        Assert.Equal(["Hello", "Refund order 42"], test.Turns.Select(t => t.Text));
        Assert.StartsWith("ExpectText", Assert.Single(test.Turns[0].Validators).Name, StringComparison.Ordinal);
        Assert.StartsWith("ExpectToolCall", Assert.Single(test.Turns[1].Validators).Name, StringComparison.Ordinal);
        Assert.Contains("refunded", Assert.Single(test.Validators).Name, StringComparison.Ordinal);
    }
}
