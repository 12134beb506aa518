using System.Text.Json;
using AgentGym.Results;

namespace AgentGym.Cli.Tests;

public sealed class TestNameTests : IDisposable
{
    private const string Refunds = "Shop.Tests.SupportTests.Refunds_the_order";
    private const string RefundsShown = "SupportTests.Refunds_the_order(\"Please refund order 42\")";

    private readonly CliDriver _cli = new();

    public TestNameTests() => _cli.RecordCases("main", "a",
        (Refunds, RefundsShown, AgentTestStatus.Passed, 100),
        ("Shop.Tests.SupportTests.Answers_status", "SupportTests.Answers_status(\"Where is order 45?\")", AgentTestStatus.Failed, 50),
        ("Shop.Tests.BillingTests.Answers_status", "BillingTests.Answers_status(\"Where is invoice 9?\")", AgentTestStatus.Passed, 60));

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("SupportTests.Refunds_the_order")]
    [InlineData(RefundsShown)]
    [InlineData("Refunds_the_order")]
    [InlineData("supporttests.refunds_the_order")]
    [InlineData(Refunds)]
    public void Tests_history_accepts_the_name_the_console_shows_and_unique_ends_of_the_full_name(string typed)
    {
        var (exit, output) = _cli.Run("tests", "history", typed, "--store", _cli.StorePath);

        Assert.True(exit == 0, output);
        Assert.Contains(RefundsShown, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tests_history_says_which_full_name_a_short_name_stood_for()
    {
        var (_, output) = _cli.Run("tests", "history", "Refunds_the_order", "--store", _cli.StorePath);

        Assert.Contains($"History of {Refunds}:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_end_lists_the_tests_it_could_be()
    {
        var (exit, output) = _cli.Run("tests", "history", "Answers_status", "--store", _cli.StorePath);

        Assert.Equal(1, exit);
        Assert.Contains("'Answers_status' names 2 tests", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.SupportTests.Answers_status", output, StringComparison.Ordinal);
        Assert.Contains("Shop.Tests.BillingTests.Answers_status", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_name_gets_close_names_suggested()
    {
        var (exit, output) = _cli.Run("tests", "history", "SupportTests.Refund_the_order", "--store", _cli.StorePath);

        Assert.Equal(1, exit);
        Assert.Contains("No results of 'SupportTests.Refund_the_order'", output, StringComparison.Ordinal);
        Assert.Contains("Did you mean:", output, StringComparison.Ordinal);
        Assert.Contains(Refunds, output, StringComparison.Ordinal);
        Assert.DoesNotContain("BillingTests", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_far_from_every_test_says_which_names_are_taken()
    {
        var (exit, output) = _cli.Run("tests", "history", "Completely.Different", "--store", _cli.StorePath);

        Assert.Equal(1, exit);
        Assert.Contains("'agentgym runs show <run>' lists the names", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_show_prints_full_names_that_tests_history_takes()
    {
        var (exit, output) = _cli.Run("runs", "show", "1", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains(Refunds, output, StringComparison.Ordinal);
        Assert.Contains("(\"Please refund order 42\")", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_list_filters_by_the_name_the_console_shows()
    {
        var (exit, output) = _cli.Run("runs", "list", "--test", "SupportTests.Refunds_the_order", "--format", "json", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Runs_show_and_tests_history_write_json_for_scripts()
    {
        var (_, show) = _cli.Run("runs", "show", "1", "--format", "json", "--store", _cli.StorePath);
        var (_, history) = _cli.Run("tests", "history", "Refunds_the_order", "--format", "json", "--store", _cli.StorePath);

        using var run = JsonDocument.Parse(show);
        Assert.Equal(3, run.RootElement.GetProperty("tests").GetArrayLength());
        Assert.Equal("Failed", run.RootElement.GetProperty("tests")[1].GetProperty("status").GetString());
        using var results = JsonDocument.Parse(history);
        Assert.Equal(Refunds, results.RootElement.GetProperty("test").GetString());
        Assert.Equal(Refunds, results.RootElement.GetProperty("results")[0].GetProperty("fullName").GetString());
    }

    [Fact]
    public void An_unknown_output_format_is_an_error_that_names_the_choices()
    {
        var (exit, output) = _cli.Run("runs", "list", "--format", "yaml", "--store", _cli.StorePath);

        Assert.NotEqual(0, exit);
        Assert.Contains("--format 'yaml' is not known; expected table or json", output, StringComparison.Ordinal);
    }
}
