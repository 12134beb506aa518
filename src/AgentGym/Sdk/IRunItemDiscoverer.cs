using System.Reflection;

namespace AgentGym.Sdk;

/// <summary>
/// Finds one source's items in a test assembly: attributed tests, test files, benchmark classes. A run session asks each of its
/// discoverers in turn; the AgentGym.Benchmarks package brings the discoverer of benchmark classes.
/// </summary>
public interface IRunItemDiscoverer
{
    /// <summary>Gets what this discoverer finds, for the message that says what a run searched, such as <c>[AgentTest] methods</c>.</summary>
    string Finds { get; }

    /// <summary>Finds the items of an assembly.</summary>
    /// <param name="assembly">The loaded test assembly.</param>
    /// <returns>The items, in a stable order.</returns>
    IEnumerable<RunItem> Discover(Assembly assembly);
}
