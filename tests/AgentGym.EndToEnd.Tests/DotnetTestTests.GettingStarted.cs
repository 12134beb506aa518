using AgentGym.EndToEnd.Tests.Support;

namespace AgentGym.EndToEnd.Tests;

public sealed partial class DotnetTestTests
{
    private const string GettingStarted = "docs/getting-started.md";

    /// <summary>
    /// Follows docs/getting-started.md on a fresh folder: the commands of "Create a test project" (the packages folder being
    /// the one the fixture packed into, and the version the fixture packed under), the files of "Register an agent" and
    /// "Write a test" as written, then <c>dotnet test</c>: one test passes, one fails with its validator's message.
    /// </summary>
    [Fact]
    public async Task Getting_started_leads_a_newcomer_to_a_passing_and_a_failing_test()
    {
        var snippets = MarkdownSnippet.Read(RepositoryLayout.Root, GettingStarted);
        var folder = consumer.NewFolder("getting-started");

        var setup = Assert.Single(snippets, s => s.Language == "bash" && s.Code.Contains("dotnet new classlib", StringComparison.Ordinal));
        foreach (var command in setup.Code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (command.StartsWith("cd ", StringComparison.Ordinal))
            {
                folder = Path.Combine(folder, command[3..].Trim());
                continue;
            }

            var arguments = command.Replace("~/agentgym-packages", consumer.Feed, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("dotnet", arguments[0]);
            if (arguments is [_, "add", "package", var id] && id.StartsWith("AgentGym", StringComparison.Ordinal))
                arguments = [.. arguments, "--version", consumer.Version];
            var step = await DotNetCli.RunAsync(folder, arguments[1..]);
            Assert.True(step.ExitCode == 0, $"A step of {GettingStarted} failed.{Environment.NewLine}{step}");
        }

        // The files of steps 3 and 4, before the page swaps in a real model.
        var files = snippets.Where(s => s.IsCSharp && s.FileName is not null).Take(2).ToList();
        Assert.Equal(["Startup.cs", "SupportTests.cs"], files.Select(f => f.FileName));
        Assert.All(files, f => Assert.DoesNotContain("using AgentGym", f.Code, StringComparison.Ordinal));
        foreach (var file in files)
            await File.WriteAllTextAsync(Path.Combine(folder, file.FileName!), file.Code);

        var run = await DotNetCli.RunAsync(folder, "test");

        Assert.True(run.ExitCode == 1, $"One test of the page fails on purpose.{Environment.NewLine}{run}");
        Assert.True(new TestSummary(Failed: 1, Passed: 1, Skipped: 0, Total: 2) == TestSummary.Parse(run), $"Unexpected counts.{Environment.NewLine}{run}");
        Assert.Contains("Failed SupportTests.Offers_a_refund(\"Where is order 42?\")", run.Output, StringComparison.Ordinal);
        Assert.Contains("ExpectText(Contains = \"refund\"): expected the text to contain \"refund\"; got \"Order 42 has shipped", run.Output, StringComparison.Ordinal);

        // Without the package's implicit usings, the same files name what is missing.
        var optedOut = await DotNetCli.RunAsync(folder, "build", "-p:AgentGymImplicitUsings=false");
        Assert.NotEqual(0, optedOut.ExitCode);
        Assert.Contains("AgentGymStartup", optedOut.Output, StringComparison.Ordinal);
    }
}
