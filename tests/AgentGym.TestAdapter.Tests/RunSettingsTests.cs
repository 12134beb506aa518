using AgentGym.Configuration;
using AgentGym.TestAdapter.Configuration;
using AgentGym.TestAdapter.Fixtures;
using AgentGym.TestAdapter.Tests.Fakes;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.TestAdapter.Tests;

public sealed class RunSettingsTests
{
    [Fact]
    public void The_AgentGym_section_sets_concurrency_timeout_and_verbosity()
    {
        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings(
            "<MaxConcurrency>8</MaxConcurrency><DefaultTimeoutSeconds>2.5</DefaultTimeoutSeconds><Verbosity>detailed</Verbosity>"));

        Assert.Empty(settings.Errors);
        Assert.Equal(8, settings.Options.MaxConcurrency);
        Assert.Equal(TimeSpan.FromSeconds(2.5), settings.Options.DefaultTimeout);
        Assert.Equal(OutputVerbosity.Detailed, settings.Options.Verbosity);
    }

    [Fact]
    public void The_AgentGym_section_sets_the_record_mode_and_the_cassette_folder()
    {
        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings("<RecordMode>replay</RecordMode><CassetteDirectory>Recorded</CassetteDirectory>"));

        Assert.Empty(settings.Errors);
        Assert.Equal(Recording.RecordMode.Replay, settings.Options.RecordMode);
        Assert.Equal("Recorded", settings.Options.CassetteDirectory);
    }

    [Fact]
    public void The_AgentGym_section_names_the_results_store_and_baseline_branch()
    {
        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings("<Store>off</Store><BaselineBranch>trunk</BaselineBranch>"));

        Assert.Empty(settings.Errors);
        Assert.Equal(("off", "trunk"), (settings.Options.Store, settings.Options.BaselineBranch));
    }

    [Fact]
    public void Testconfig_settings_apply_and_runsettings_given_for_the_run_override_them()
    {
        PlatformSetting[] testConfig = [new("MaxConcurrency", "3"), new("Verbosity", "Minimal"), new("Store", "off")];

        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings("<Verbosity>Detailed</Verbosity>"), testConfig);

        Assert.Empty(settings.Errors);
        Assert.Equal((3, OutputVerbosity.Detailed, "off"), (settings.Options.MaxConcurrency, settings.Options.Verbosity, settings.Options.Store));
    }

    [Fact]
    public void A_bad_testconfig_value_is_named_by_its_section_and_key()
    {
        var settings = RunSettingsReader.Read(null, [new PlatformSetting("DefaultTimeoutSeconds", "soon")]);

        var error = Assert.Single(settings.Errors);
        Assert.Contains("testconfig.json agentgym:DefaultTimeoutSeconds", error, StringComparison.Ordinal);
        Assert.Contains("soon", error, StringComparison.Ordinal);
        Assert.Equal(new AgentGymOptions().DefaultTimeout, settings.Options.DefaultTimeout);
    }

    [Fact]
    public void An_unknown_testconfig_name_is_a_warning_that_lists_the_settings_and_a_name_in_another_case_applies()
    {
        var settings = RunSettingsReader.Read(null, [new PlatformSetting("Retires", "2"), new PlatformSetting("maxconcurrency", "5")]);

        var warning = Assert.Single(settings.Warnings);
        Assert.StartsWith("testconfig.json agentgym:Retires is not an AgentGym setting and is ignored; the settings are ", warning, StringComparison.Ordinal);
        Assert.Contains("MaxConcurrency", warning, StringComparison.Ordinal);
        Assert.Empty(settings.Errors);
        Assert.Equal(5, settings.Options.MaxConcurrency);
    }

    [Fact]
    public void A_relative_store_is_taken_from_the_folder_of_the_runsettings_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentgym-runsettings-" + Guid.NewGuid().ToString("N"));

        var settings = RunSettingsReader.Read($"<RunSettings><AgentGym><Store>store/gym.db</Store></AgentGym><RunSettingsDirectory>{folder}</RunSettingsDirectory></RunSettings>");

        Assert.Equal(Path.Combine(folder, "store", "gym.db"), settings.Options.Store);
    }

    [Fact]
    public void A_relative_store_in_runsettings_without_a_file_is_taken_from_the_project_folder()
    {
        var name = $"store-{Guid.NewGuid():N}.db";
        var project = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(AdapterDriver.FixtureSource)!, "..", "..", ".."));
        try
        {
            AdapterDriver.RunAll(AdapterDriver.FixtureSource, filter: "FullyQualifiedName=" + AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes)),
                settingsXml: AdapterDriver.AgentGymSettings($"<Store>bin/{name}</Store>"));

            Assert.True(File.Exists(Path.Combine(project, "bin", name)), $"no store in {project}/bin");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(project, "bin", name));
        }
    }

    [Fact]
    public void A_shard_runs_its_part_of_the_tests_only()
    {
        var all = AdapterDriver.RunAll(AdapterDriver.FixtureSource, settingsXml: AdapterDriver.AgentGymSettings("<Store>off</Store>")).Results.Count;

        var parts = Enumerable.Range(1, 2)
            .Select(i => AdapterDriver.RunAll(AdapterDriver.FixtureSource, settingsXml: AdapterDriver.AgentGymSettings($"<Store>off</Store><Shard>{i}/2</Shard>")).Results.Select(r => r.TestCase.Id).ToList())
            .ToList();

        Assert.Equal(all, parts[0].Count + parts[1].Count);
        Assert.Empty(parts[0].Intersect(parts[1]));
        Assert.NotEmpty(parts[0]);
        Assert.NotEmpty(parts[1]);
    }

    [Fact]
    public void Without_runsettings_the_engine_defaults_apply()
    {
        var settings = RunSettingsReader.Read(null);
        var defaults = new AgentGymOptions();

        Assert.Empty(settings.Errors);
        Assert.Equal(defaults.MaxConcurrency, settings.Options.MaxConcurrency);
        Assert.Equal(defaults.DefaultTimeout, settings.Options.DefaultTimeout);
        Assert.Equal(defaults.Verbosity, settings.Options.Verbosity);
    }

    [Fact]
    public void DisableParallelization_runs_agent_tests_one_at_a_time()
    {
        var settings = RunSettingsReader.Read(
            "<RunSettings><RunConfiguration><DisableParallelization>true</DisableParallelization></RunConfiguration><AgentGym><MaxConcurrency>8</MaxConcurrency></AgentGym></RunSettings>");

        Assert.Equal(1, settings.Options.MaxConcurrency);
    }

    [Theory]
    [InlineData("MaxConcurrency", "zero")]
    [InlineData("MaxConcurrency", "0")]
    [InlineData("DefaultTimeoutSeconds", "-5")]
    [InlineData("Verbosity", "Loud")]
    [InlineData("Verbosity", "1")]
    [InlineData("RecordMode", "Rewind")]
    [InlineData("RecordMode", "2")]
    public void A_bad_value_is_an_error_that_names_its_element_and_the_default_stays(string element, string value)
    {
        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings($"<{element}>{value}</{element}>"));

        var error = Assert.Single(settings.Errors);
        Assert.Contains($"<AgentGym><{element}>", error, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", error, StringComparison.Ordinal);
        Assert.Equal(new AgentGymOptions().MaxConcurrency, settings.Options.MaxConcurrency);
        Assert.Equal(new AgentGymOptions().Verbosity, settings.Options.Verbosity);
    }

    [Fact]
    public void An_unknown_element_in_the_section_is_a_warning_that_names_it()
    {
        var settings = RunSettingsReader.Read(AdapterDriver.AgentGymSettings("<MaxConcurency>4</MaxConcurency>"));

        Assert.Empty(settings.Errors);
        Assert.Contains("<AgentGym><MaxConcurency>", Assert.Single(settings.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_is_reported_by_the_run_and_the_tests_still_run()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "TestType=Security", AdapterDriver.AgentGymSettings("<MaxConcurrency>many</MaxConcurrency>"));

        Assert.Contains("<AgentGym><MaxConcurrency>", Assert.Single(handle.Errors), StringComparison.Ordinal);
        Assert.Equal(TestOutcome.Passed, Assert.Single(handle.Results).Outcome);
    }

    [Fact]
    public void Minimal_verbosity_leaves_the_output_of_passing_tests_empty_but_not_of_failing_ones()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "FullyQualifiedName~FunctionalTests.Fails", AdapterDriver.AgentGymSettings("<Verbosity>Minimal</Verbosity>"));
        var passing = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "Name=Passes", AdapterDriver.AgentGymSettings("<Verbosity>Minimal</Verbosity>"));

        Assert.Empty(Assert.Single(passing.Results).Messages);
        Assert.Equal(2, handle.Results.Count);
        Assert.All(handle.Results, r => Assert.Contains("Metrics:", r.StandardOutput(), StringComparison.Ordinal));
    }

    [Fact]
    public void Detailed_verbosity_shows_the_agent_response()
    {
        var handle = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "Name=Passes", AdapterDriver.AgentGymSettings("<Verbosity>Detailed</Verbosity>"));

        Assert.Contains("response: echo: hello", handle.ResultOf(AdapterDriver.FullName<FunctionalTests>(nameof(FunctionalTests.Passes))).StandardOutput(), StringComparison.Ordinal);
    }

    // What dotnet test sends (DesignMode False), an IDE (True), and the same with blame (dotnet test --blame).
    private const string CommandLine = "<RunSettings><RunConfiguration><DesignMode>False</DesignMode></RunConfiguration></RunSettings>";
    private const string Ide = "<RunSettings><RunConfiguration><DesignMode>True</DesignMode></RunConfiguration></RunSettings>";
    private const string Blame = "<RunSettings><RunConfiguration><DesignMode>False</DesignMode></RunConfiguration>" +
        "<DataCollectionRunSettings><DataCollectors><DataCollector friendlyName=\"blame\" enabled=\"True\" /></DataCollectors></DataCollectionRunSettings></RunSettings>";

    [Theory]
    [InlineData(CommandLine, false)]
    [InlineData(Ide, true)]
    [InlineData(Blame, true)]
    [InlineData("<RunSettings><RunConfiguration><DesignMode>False</DesignMode></RunConfiguration><DataCollectionRunSettings><DataCollectors>" +
        "<DataCollector friendlyName=\"Code Coverage\" enabled=\"false\" /></DataCollectors></DataCollectionRunSettings></RunSettings>", false)]
    [InlineData("<RunSettings><RunConfiguration><DesignMode>False</DesignMode></RunConfiguration><InProcDataCollectionRunSettings><InProcDataCollectors>" +
        "<InProcDataCollector friendlyName=\"Coverlet\" /></InProcDataCollectors></InProcDataCollectionRunSettings></RunSettings>", true)]
    [InlineData("<RunSettings><AgentGym><Store>off</Store></AgentGym></RunSettings>", true)]
    [InlineData(null, true)]
    public void Test_starts_are_reported_where_an_IDE_or_a_data_collector_reads_them(string? settingsXml, bool reported)
    {
        Assert.Equal(reported, RunSettingsReader.Read(settingsXml).ReportTestStarts);
    }

    [Fact]
    public void A_command_line_run_records_every_result_without_test_starts_and_a_blame_run_records_both()
    {
        var commandLine = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "FullyQualifiedName~PerAgentTests", CommandLine);
        var blame = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "FullyQualifiedName~PerAgentTests", Blame);

        Assert.Equal(4, commandLine.Results.Count);
        Assert.Empty(commandLine.Started);
        Assert.Equal(4, blame.Results.Count);
        Assert.Equal(blame.Results.Select(r => r.TestCase.Id).Order(), blame.Started.Select(t => t.Id).Order());
    }

    // dotnet test's own logger section, at a verbosity.
    private static string ConsoleAt(string verbosity, string otherLoggers = "") =>
        "<RunSettings><RunConfiguration><DesignMode>False</DesignMode></RunConfiguration><LoggerRunSettings><Loggers>" +
        $"<Logger friendlyName=\"Console\" enabled=\"True\"><Configuration><Verbosity>{verbosity}</Verbosity></Configuration></Logger>{otherLoggers}" +
        "</Loggers></LoggerRunSettings></RunSettings>";

    [Theory]
    [InlineData("minimal", "", false)]
    [InlineData("quiet", "", false)]
    [InlineData("normal", "", true)]
    [InlineData("detailed", "", true)]
    [InlineData("minimal", "<Logger friendlyName=\"trx\" enabled=\"True\" />", true)]
    [InlineData("minimal", "<Logger friendlyName=\"trx\" enabled=\"False\" />", false)]
    public void Informational_messages_are_sent_where_a_logger_shows_them(string consoleVerbosity, string otherLoggers, bool shown)
    {
        Assert.Equal(shown, RunSettingsReader.Read(ConsoleAt(consoleVerbosity, otherLoggers)).ShowsInformation);
    }

    [Theory]
    [InlineData(Ide)]
    [InlineData(CommandLine)]
    [InlineData(null)]
    public void Informational_messages_are_sent_in_an_IDE_and_when_no_logger_is_named(string? settingsXml)
    {
        Assert.True(RunSettingsReader.Read(settingsXml).ShowsInformation);
    }

    [Fact]
    public void A_minimal_command_line_run_leaves_out_what_was_found_but_still_warns()
    {
        var quiet = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "FullyQualifiedName~PerAgentTests", ConsoleAt("minimal"));
        var normal = AdapterDriver.RunAll(AdapterDriver.FixtureSource, "FullyQualifiedName~PerAgentTests", ConsoleAt("normal"));

        Assert.Equal(4, quiet.Results.Count);
        Assert.DoesNotContain(quiet.Messages, m => m.Level == TestMessageLevel.Informational);
        Assert.Contains(normal.Messages, m => m.Level == TestMessageLevel.Informational && m.Message.Contains("Found", StringComparison.Ordinal));
        Assert.Equal(normal.Warnings, quiet.Warnings);
    }

    [Fact]
    public void Discovery_at_minimal_verbosity_leaves_out_what_it_found_but_still_finds_it()
    {
        var quiet = new FakeMessageLogger();
        var normal = new FakeMessageLogger();

        var found = AdapterDriver.Discover(AdapterDriver.FixtureSource, new FakeDiscoveryContext(ConsoleAt("minimal")), quiet);
        AdapterDriver.Discover(AdapterDriver.FixtureSource, new FakeDiscoveryContext(ConsoleAt("normal")), normal);

        Assert.NotEmpty(found);
        Assert.DoesNotContain(quiet.Messages, m => m.Level == TestMessageLevel.Informational);
        Assert.Contains(normal.Messages, m => m.Message.Contains($"Found {found.Count} agent test case(s)", StringComparison.Ordinal));
    }
}
