using AgentGym.TestAdapter.Discovery;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Execution;

/// <summary>
/// Finds the agent tests behind test cases that the platform hands back for run-selected-tests: by the key they carry, else
/// by id. A test case that matches no test any more (renamed or removed since discovery) is reported as not found.
/// </summary>
internal static class SelectedTests
{
    /// <summary>Pairs each selected test case with its freshly discovered test.</summary>
    /// <param name="source">The test assembly's path.</param>
    /// <param name="discovered">The fresh discovery, or <see langword="null"/> when the source could not be loaded.</param>
    /// <param name="testCases">The selected test cases of that source.</param>
    /// <param name="handle">Receives a not-found result for each test case that matches nothing.</param>
    /// <returns>The tests to run, each reported on the test case that was passed in.</returns>
    public static IReadOnlyList<DiscoveredTest> Find(string source, DiscoveredSource? discovered, IReadOnlyList<TestCase> testCases, IFrameworkHandle handle)
    {
        var tests = discovered?.Tests ?? [];
        var byKey = tests.ToDictionary(t => t.Key, StringComparer.Ordinal);
        var byId = tests.ToDictionary(t => t.TestCase.Id);
        var selection = new List<DiscoveredTest>();
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var testCase in testCases)
        {
            var match = TestCaseFactory.KeyOf(testCase) is { } key && byKey.TryGetValue(key, out var byItsKey) ? byItsKey
                : byId.GetValueOrDefault(testCase.Id);
            if (match is null)
            {
                ReportNotFound(handle, testCase, discovered is null
                    ? $"[AgentGym] {Path.GetFileName(source)} could not be loaded; see the run's messages."
                    : $"[AgentGym] No agent test '{TestCaseFactory.KeyOf(testCase) ?? testCase.FullyQualifiedName}' in {Path.GetFileName(source)} any more. Build and discover the tests again.");
            }
            else if (chosen.Add(match.Key))
            {
                selection.Add(match with { TestCase = testCase });
            }
        }

        return selection;
    }

    private static void ReportNotFound(IFrameworkHandle handle, TestCase testCase, string message)
    {
        try
        {
            handle.RecordResult(new TestResult(testCase) { Outcome = TestOutcome.NotFound, ErrorMessage = message });
        }
        catch (TestCanceledException)
        {
            // The run was cancelled; nothing more is reported.
        }
    }
}
