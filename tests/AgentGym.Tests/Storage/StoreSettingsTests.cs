using AgentGym.Storage;

namespace AgentGym.Tests.Storage;

public sealed class StoreSettingsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "agentgym-settings-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void The_default_file_is_next_to_the_project_above_the_output_folder()
    {
        var output = Directory.CreateDirectory(Path.Combine(_root, "Tests", "bin", "Debug", "net10.0")).FullName;
        File.WriteAllText(Path.Combine(_root, "Tests", "Tests.csproj"), "<Project />");

        Assert.Equal(Path.Combine(_root, "Tests", ".agentgym", "results.db"), StoreSettings.DefaultPath(output));
    }

    [Theory]
    [InlineData("off")]
    [InlineData("None")]
    [InlineData("false")]
    public void Recording_is_turned_off_by_a_setting(string setting) => Assert.Null(StoreSettings.Resolve(setting, _root));

    [Fact]
    public void A_configured_store_wins_over_the_default() =>
        Assert.Equal("Host=db;Database=gym", StoreSettings.Resolve("Host=db;Database=gym", _root));

    [Theory]
    [InlineData("postgres://u:p@host/db", true)]
    [InlineData("Host=localhost;Database=gym", true)]
    [InlineData("results.db", false)]
    public void PostgreSql_connections_are_told_from_files(string connection, bool postgres) =>
        Assert.Equal(postgres, ResultStores.IsPostgreSql(connection));
}
