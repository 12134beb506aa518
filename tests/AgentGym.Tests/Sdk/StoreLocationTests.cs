using AgentGym.Sdk;

namespace AgentGym.Tests.Sdk;

public sealed class StoreLocationTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agentgym-settings-" + Guid.NewGuid().ToString("N"));

    public StoreLocationTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "Tests", "bin", "Debug", "net10.0"));
        File.WriteAllText(Path.Combine(_root, "Tests", "Tests.csproj"), "<Project />");
    }

    private string Project => Path.Combine(_root, "Tests");

    private string Output => Path.Combine(Project, "bin", "Debug", "net10.0");

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void The_project_folder_is_the_nearest_folder_above_the_output_with_a_project_file() =>
        Assert.Equal(Project, StoreLocation.ProjectFolder(Output));

    [Fact]
    public void The_default_file_is_next_to_the_project_above_the_output_folder() =>
        Assert.Equal(Path.Combine(Project, ".agentgym", "results.db"), StoreLocation.DefaultFile(StoreLocation.ProjectFolder(Output)));

    [Theory]
    [InlineData("off")]
    [InlineData("None")]
    [InlineData("false")]
    public void Recording_is_turned_off_by_a_setting(string setting) => Assert.Null(StoreLocation.Resolve(setting, Project));

    [Fact]
    public void A_configured_store_wins_over_the_default() =>
        Assert.Equal("Host=db;Database=gym", StoreLocation.Resolve("Host=db;Database=gym", Project));

    [Fact]
    public void A_relative_file_is_taken_from_the_project_folder_not_the_output_folder() =>
        Assert.Equal(Path.Combine(Project, "data", "gym.db"), StoreLocation.Resolve(Path.Combine("data", "gym.db"), StoreLocation.ProjectFolder(Output)));

    [Fact]
    public void Anchoring_leaves_full_paths_connections_and_off_alone()
    {
        var full = Path.Combine(_root, "x.db");

        Assert.Equal(full, StoreLocation.Anchor(full, Project));
        Assert.Equal("postgres://u@h/db", StoreLocation.Anchor("postgres://u@h/db", Project));
        Assert.Equal("off", StoreLocation.Anchor("off", Project));
        Assert.Equal(Path.Combine(_root, "shared.db"), StoreLocation.Anchor(Path.Combine("..", "shared.db"), Project));
    }

    [Theory]
    [InlineData("postgres://u:p@host/db", true)]
    [InlineData("Host=localhost;Database=gym", true)]
    [InlineData("results.db", false)]
    public void PostgreSql_connections_are_told_from_files(string connection, bool postgres) =>
        Assert.Equal(postgres, ResultStores.IsPostgreSql(connection));
}
