using AgentGym.Sdk;
using Spectre.Console;

namespace AgentGym.Cli.Commands;

/// <summary>Turns the test name a user typed (an id, a full name, the name the console shows, a unique suffix) into the one the store knows.</summary>
internal static class TestNameArgument
{
    /// <summary>Gets the id or full name to query, or <see langword="null"/> after saying why there is none and what is close.</summary>
    public static string? Resolve(IResultStore store, string typed, IAnsiConsole console)
    {
        if (store.GetTestHistory(typed, 1).Count > 0)
            return typed;
        var match = TestNameLookup.Find(typed, store.ListTestNames());
        if (match.FullName is not null)
            return match.FullName;
        if (match.Ambiguous.Count > 0)
        {
            console.MarkupLineInterpolated($"[red]error:[/] '{typed}' names {match.Ambiguous.Count} tests in {store.Location}; give more of the name:");
            foreach (var name in match.Ambiguous)
                console.MarkupLineInterpolated($"  {name}");
            return null;
        }

        console.MarkupLineInterpolated($"[red]error:[/] No results of '{typed}' are recorded in {store.Location}.");
        if (match.Suggestions.Count > 0)
        {
            console.MarkupLine("Did you mean:");
            foreach (var name in match.Suggestions)
                console.MarkupLineInterpolated($"  {name}");
        }
        else
        {
            console.MarkupLine("Give a test's full name (Namespace.Class.Method), the name the console shows (Class.Method) or its end; 'agentgym runs show <run>' lists the names.");
        }

        return null;
    }
}
