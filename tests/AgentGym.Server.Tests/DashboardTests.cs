namespace AgentGym.Server.Tests;

public sealed class DashboardTests
{
    [Fact]
    public async Task The_first_view_is_served_by_the_server_itself_and_weighs_under_100_KB()
    {
        await using var server = await ServerHarness.StartAsync();

        var page = await server.Anonymous.GetStringAsync("/");
        var assets = System.Text.RegularExpressions.Regex.Matches(page, "(?:src|href)=\"([^\"#]+)\"").Select(m => m.Groups[1].Value).ToList();
        long total = page.Length;
        foreach (var asset in assets)
        {
            Assert.StartsWith("/agentgym-dashboard/", asset);
            total += (await server.Anonymous.GetByteArrayAsync(asset)).Length;
        }

        Assert.Equal(3, assets.Count);
        Assert.DoesNotContain("<script>", page);
        Assert.InRange(total, 1, 100 * 1024);
    }
}
