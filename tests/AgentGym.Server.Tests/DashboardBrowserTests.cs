using System.Net.Http.Json;
using PuppeteerSharp;

namespace AgentGym.Server.Tests;

/// <summary>
/// The dashboard in a real browser: Debian's headless Chromium (installed by .ci/chromium.sh), driven by PuppeteerSharp,
/// which downloads nothing. Set AGENTGYM_DASHBOARD_SCREENSHOT to a file path to keep a screenshot of the trend page.
/// </summary>
public sealed class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_dashboard_starts_a_run_shows_it_finish_and_draws_the_trend()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run .ci/chromium.sh (Debian's chromium package).");
        await using var agent = await LoopbackAgent.StartAsync();
        await using var server = await ServerHarness.StartAsync();
        await server.RegisterAgentAsync("support", agent);
        await server.PostJsonAsync("/api/agent-gym/tests",
            """{ "name": "refunds", "agent": "support", "input": "Refund order 42", "validation_rules": [ { "contains": "refunded" } ] }""");
        // A first result that failed, so that the trend has two points: 0, then 0.5.
        agent.Text = "<img src=x onerror=alert(1)> no.";
        await server.WaitForRunAsync(await server.StartRunAsync("/api/agent-gym/tests/refunds/run"));
        agent.Text = "Order 42 is refunded.";

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            Timeout = (int)Bound.TotalMilliseconds,
        });
        await using var page = await browser.NewPageAsync();
        page.DefaultTimeout = (int)Bound.TotalMilliseconds;
        var dialogs = 0;
        page.Dialog += (_, e) => { dialogs++; _ = e.Dialog.Dismiss(); };
        await page.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 900 });
        await page.GoToAsync(new Uri(server.BaseAddress, "/#/test/refunds").ToString());
        await page.TypeAsync("#api-key", ServerHarness.Key);
        await page.EvaluateExpressionAsync("document.getElementById('api-key').dispatchEvent(new Event('change'))");

        await page.WaitForSelectorAsync("#run-test");
        await page.ClickAsync("#run-test");
        await page.WaitForSelectorAsync("h1 .status[data-status='passed']");
        var runHash = await page.EvaluateExpressionAsync<string>("location.hash");
        Assert.Matches(@"^#/run/\d+$", runHash);

        await page.GoToAsync(new Uri(server.BaseAddress, "/#/test/refunds").ToString());
        await page.WaitForFunctionAsync("() => document.querySelectorAll(\"figure[data-chart='pass-rate'] circle\").length === 2");
        var passRates = await page.EvaluateExpressionAsync<double[]>(
            "[...document.querySelectorAll(\"figure[data-chart='pass-rate'] circle\")].map(c => Number(c.getAttribute('data-value')))");
        var tokens = await page.EvaluateExpressionAsync<double[]>(
            "[...document.querySelectorAll(\"figure[data-chart='tokens'] circle\")].map(c => Number(c.getAttribute('data-value')))");

        Assert.Equal([0, 0.5], passRates);
        Assert.Equal([42, 42], tokens);
        if (Environment.GetEnvironmentVariable("AGENTGYM_DASHBOARD_SCREENSHOT") is { Length: > 0 } screenshot)
            await page.ScreenshotAsync(screenshot, new ScreenshotOptions { FullPage = true });

        // The failed run's agent output is shown as text: its markup never becomes an element, and no script ran.
        var failedRun = (await server.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/agent-gym/tests/refunds/runs")).GetProperty("results")[1].GetProperty("runId").GetInt64();
        await page.GoToAsync(new Uri(server.BaseAddress, $"/#/run/{failedRun}").ToString());
        await page.WaitForSelectorAsync("section[id^='failure-'] pre.text");
        Assert.Contains("<img src=x", await page.EvaluateExpressionAsync<string>("document.querySelector(\"section[id^='failure-'] pre.text\").textContent"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('main img').length"));

        // The comparison page shows the engine's comparison of the failed run with the passing one.
        await page.GoToAsync(new Uri(server.BaseAddress, $"/#/compare/{failedRun}/{runHash["#/run/".Length..]}").ToString());
        await page.WaitForSelectorAsync("#comparison td.diff-now-passing");
        Assert.Equal("now passing", await page.EvaluateExpressionAsync<string>("document.querySelector('#comparison td.diff-now-passing').textContent"));
        Assert.StartsWith("1 test in run", await page.EvaluateExpressionAsync<string>("document.getElementById('comparison-summary').textContent"), StringComparison.Ordinal);

        // A multi-turn test's run shows its conversation, turn by turn, as text.
        await server.PostJsonAsync("/api/agent-gym/tests",
            """{ "name": "refunds-in-turns", "agent": "support", "turns": [ "Hi, I need a refund.", "It is <b>order 42</b>." ], "validation_rules": [ { "contains": "refunded", "turn": 2 } ] }""");
        var conversationRun = await server.StartRunAsync("/api/agent-gym/tests/refunds-in-turns/run");
        await server.WaitForRunAsync(conversationRun);
        await page.GoToAsync(new Uri(server.BaseAddress, $"/#/run/{conversationRun}").ToString());
        await page.WaitForSelectorAsync("section.conversation .turn[data-turn='2']");
        var said = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('section.conversation .turn p.user')].map(p => p.textContent)");
        var answered = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('section.conversation .turn p.agent')].map(p => p.textContent)");
        Assert.Equal(["user: Hi, I need a refund.", "user: It is <b>order 42</b>."], said);
        Assert.Equal(["agent: Order 42 is refunded.", "agent: Order 42 is refunded."], answered);
        Assert.Contains("PASS", await page.EvaluateExpressionAsync<string>("document.querySelector(\"section.conversation .turn[data-turn='2'] ul.verdicts\").textContent"), StringComparison.Ordinal);
        // Only the speakers' labels are elements: the user's markup stayed text.
        Assert.Equal(4, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('section.conversation b').length"));
        Assert.Equal(0, dialogs);
    }
}
