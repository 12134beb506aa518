using System.Reflection;
using System.Runtime.ExceptionServices;
using AgentGym.TestAdapter.Discovery;
using AgentGym.TestAdapter.Logging;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Filtering;

/// <summary>
/// The <c>--filter</c> expression of a run or a discovery, applied to agent tests. A malformed filter is reported as an error
/// and matches nothing, rather than crashing the run or silently running everything.
/// </summary>
internal sealed class TestCaseFilter
{
    private readonly ITestCaseFilterExpression? _expression;
    private readonly bool _isValid;

    private TestCaseFilter(ITestCaseFilterExpression? expression, bool isValid)
    {
        _expression = expression;
        _isValid = isValid;
    }

    /// <summary>Reads the filter of a run.</summary>
    /// <param name="context">The run context, or <see langword="null"/> for no filter.</param>
    /// <param name="tests">The tests it will be applied to (their trait names are filter properties).</param>
    /// <param name="log">Where a malformed filter is reported.</param>
    /// <returns>The filter.</returns>
    public static TestCaseFilter For(IDiscoveryContext? context, IReadOnlyList<DiscoveredTest> tests, AdapterLog log)
    {
        var supported = TestCaseFilterProperties.Supported(tests);
        try
        {
            return new TestCaseFilter(GetExpression(context, supported), isValid: true);
        }
        catch (TestPlatformFormatException ex)
        {
            log.Error($"The test filter '{ex.FilterValue}' is not valid: {ex.Message} No AgentGym test runs with it. Filter properties for agent tests: {string.Join(", ", supported)}.");
            return new TestCaseFilter(null, isValid: false);
        }
    }

    /// <summary>Keeps the tests that match the filter (all of them when there is none; none when it is malformed).</summary>
    /// <param name="tests">The tests.</param>
    /// <returns>The matching tests, in order.</returns>
    public IReadOnlyList<DiscoveredTest> Apply(IReadOnlyList<DiscoveredTest> tests)
    {
        if (!_isValid)
            return [];
        if (_expression is null)
            return tests;
        return [.. tests.Where(t => _expression.MatchTestCase(t.TestCase, name => TestCaseFilterProperties.Value(t, name)))];
    }

    private static ITestCaseFilterExpression? GetExpression(IDiscoveryContext? context, IReadOnlyList<string> supported)
    {
        switch (context)
        {
            case null:
                return null;
            case IRunContext runContext:
                return runContext.GetTestCaseFilter(supported, _ => null);
            default:
                // The platform's discovery context has GetTestCaseFilter (for 'dotnet test --list-tests --filter'), but
                // IDiscoveryContext does not declare it.
                var method = context.GetType().GetMethod(nameof(IRunContext.GetTestCaseFilter), [typeof(IEnumerable<string>), typeof(Func<string, TestProperty>)]);
                if (method is null)
                    return null;
                try
                {
                    return (ITestCaseFilterExpression?)method.Invoke(context, [supported, null]);
                }
                catch (TargetInvocationException ex) when (ex.InnerException is TestPlatformFormatException formatException)
                {
                    ExceptionDispatchInfo.Throw(formatException);
                    throw;
                }
        }
    }
}
