using System.Xml.Linq;
using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Cli.Tests;

public sealed class CommandTests : IDisposable
{
    private readonly CliDriver _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Runs_list_shows_every_run_newest_first()
    {
        var first = _cli.Record("main", "aaaa1111", ("Refund", AgentTestStatus.Passed, 100));
        var second = _cli.Record("main", "bbbb2222", ("Refund", AgentTestStatus.Failed, 150));

        var (exit, output) = _cli.Run("runs", "list", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.True(output.IndexOf($"│ {second} ", StringComparison.Ordinal) < output.IndexOf($"│ {first} ", StringComparison.Ordinal), output);
        Assert.Contains("bbbb2222", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_list_filters_by_branch()
    {
        _cli.Record("main", "aaaa1111", ("Refund", AgentTestStatus.Passed, 100));
        _cli.Record("feature", "cccc3333", ("Refund", AgentTestStatus.Passed, 100));

        var (_, output) = _cli.Run("runs", "list", "--branch", "feature", "--store", _cli.StorePath);

        Assert.Contains("cccc3333", output, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaa1111", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_shows_a_test_that_now_fails_and_its_token_change()
    {
        var before = _cli.Record("main", "a", ("Refund", AgentTestStatus.Passed, 100), ("Greeting", AgentTestStatus.Passed, 10));
        var after = _cli.Record("main", "b", ("Refund", AgentTestStatus.Failed, 150), ("Greeting", AgentTestStatus.Passed, 10));

        var (exit, output) = _cli.Run("compare", before.ToString(), after.ToString(), "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("100 -> 150 (+50%)", output, StringComparison.Ordinal);
        Assert.Contains("1 now failing, 0 now passing", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_lists_what_changed_first_and_names_new_and_gone_tests()
    {
        var before = _cli.Record("main", "a", ("Same", AgentTestStatus.Passed, 10), ("Old", AgentTestStatus.Passed, 10), ("Broken", AgentTestStatus.Passed, 10));
        var after = _cli.Record("main", "b", ("Same", AgentTestStatus.Passed, 10), ("Added", AgentTestStatus.Passed, 10), ("Broken", AgentTestStatus.Error, 10));

        var (exit, output) = _cli.Run("compare", before.ToString(), after.ToString(), "--store", _cli.StorePath);
        var (_, changed) = _cli.Run("compare", before.ToString(), after.ToString(), "--changed", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        var order = new[] { "Broken", "Added", "Old", "Same" }.Select(name => output.IndexOf($"│ {name} ", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("3 tests in run 1, 3 in run 2: 1 now failing, 0 now passing, 1 new, 1 gone.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("│ Same ", changed, StringComparison.Ordinal);
        Assert.Contains("│ Old ", changed, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_as_json_gives_each_change_for_scripts()
    {
        var before = _cli.Record("main", "a", ("Refund", AgentTestStatus.Failed, 10));
        var after = _cli.Record("main", "b", ("Refund", AgentTestStatus.Passed, 10));

        var (exit, output) = _cli.Run("compare", before.ToString(), after.ToString(), "--format", "json", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("nowPassing").GetInt32());
        Assert.Equal("NowPassing", json.RootElement.GetProperty("tests")[0].GetProperty("change").GetString());
    }

    [Fact]
    public void Tests_history_shows_a_trend_and_marks_a_flaky_test()
    {
        _cli.Record("main", "same", ("Refund", AgentTestStatus.Passed, 100));
        _cli.Record("main", "same", ("Refund", AgentTestStatus.Failed, 300));

        var (exit, output) = _cli.Run("tests", "history", "Refund", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("▃█  100 -> 300", output, StringComparison.Ordinal);
        Assert.Contains("pass rate 50", output, StringComparison.Ordinal);
        Assert.Contains("flaky", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_junit_is_xml_with_a_failure_per_failed_test()
    {
        var run = _cli.Record("main", "a", ("Support.Refund", AgentTestStatus.Failed, 100), ("Support.Greeting", AgentTestStatus.Passed, 10));
        var file = _cli.File("junit.xml");

        var (exit, _) = _cli.Run("report", run.ToString(), "--format", "junit", "-o", file, "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        var suites = XDocument.Load(file).Root!;
        Assert.Equal(("2", "1"), ((string?)suites.Attribute("tests"), (string?)suites.Attribute("failures")));
        var failed = Assert.Single(suites.Descendants("testcase"), c => c.Element("failure") is not null);
        Assert.Equal(("Support", "Support.Refund"), ((string?)failed.Attribute("classname"), (string?)failed.Attribute("name")));
    }

    [Fact]
    public void Runs_show_says_not_reported_for_figures_the_agent_did_not_report()
    {
        var run = _cli.Record("main", "a", ("Refund", AgentTestStatus.Passed, 100));

        var (exit, output) = _cli.Run("runs", "show", run.ToString(System.Globalization.CultureInfo.InvariantCulture), "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("not reported", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md", "| Refund | support | Failed | 100 |")]
    [InlineData("csv", ",Refund,Refund,support,Failed,,,100,1,,100,false,main,a,expected 'refund'")]
    [InlineData("json", "\"status\": \"Failed\"")]
    [InlineData("html", "<td class=\"failed\">Failed</td>")]
    public void Report_writes_each_format(string format, string expected)
    {
        var run = _cli.Record("main", "a", ("Refund", AgentTestStatus.Failed, 100));
        var file = _cli.File("report." + format);

        var (exit, _) = _cli.Run("report", run.ToString(), "--format", format, "-o", file, "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains(expected, File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_merges_the_runs_of_a_group()
    {
        _cli.Record("main", "a", ("Shard1.Test", AgentTestStatus.Passed, 1));
        _cli.Record("main", "a", ("Shard2.Test", AgentTestStatus.Passed, 1));

        var (exit, output) = _cli.Run("report", "--group", "ci-7", "--format", "csv", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        Assert.Contains("Shard1.Test", output, StringComparison.Ordinal);
        Assert.Contains("Shard2.Test", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Baseline_set_names_a_run_that_regression_tests_find()
    {
        var run = _cli.Record("feature", "a", ("Refund", AgentTestStatus.Passed, 100));

        var (exit, _) = _cli.Run("baseline", "set", run.ToString(), "--name", "release", "--store", _cli.StorePath);

        Assert.Equal(0, exit);
        using var store = new SqliteResultStore(_cli.StorePath);
        Assert.Equal(run, store.FindBaseline("Refund", "release", "main")?.RunId);
    }

    [Fact]
    public void A_missing_store_exits_with_2_and_names_the_file()
    {
        var missing = _cli.File("missing.db");

        var (exit, output) = _cli.Run("runs", "list", "--store", missing);

        Assert.Equal(2, exit);
        Assert.Contains(missing, output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_store_exits_with_2_and_names_the_file()
    {
        var corrupt = _cli.File("corrupt.db");
        File.WriteAllText(corrupt, new string('x', 8192));

        var (exit, output) = _cli.Run("runs", "list", "--store", corrupt);

        Assert.Equal(2, exit);
        Assert.Contains(corrupt, output, StringComparison.Ordinal);
        Assert.Contains("corrupt", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_run_exits_with_2()
    {
        _cli.Record("main", "a", ("Refund", AgentTestStatus.Passed, 100));

        var (exit, output) = _cli.Run("runs", "show", "999", "--store", _cli.StorePath);

        Assert.Equal(2, exit);
        Assert.Contains("no run 999", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PostgreSQL_store_is_read_out_of_the_box()
    {
        var (exit, output) = _cli.Run("runs", "list", "--store", "Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Database=gym;Timeout=2");

        Assert.Equal(AgentGymCli.StoreError, exit);
        Assert.DoesNotContain("not referenced", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pw", output, StringComparison.Ordinal);
    }
}
