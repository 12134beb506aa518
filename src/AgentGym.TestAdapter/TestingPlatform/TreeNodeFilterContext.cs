using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Testing.Platform.Requests;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// A discovery or run context whose test case filter also holds a <c>--treenode-filter</c>: the adapter applies it where it
/// applies <c>--filter</c>, so a test selected one way or the other runs through the same selection.
/// </summary>
internal sealed class TreeNodeFilterContext : IRunContext
{
    private readonly IDiscoveryContext _inner;
    private readonly TreeNodeFilter _treeNodeFilter;

    /// <summary>Wraps a context.</summary>
    /// <param name="inner">The bridge's context, with the runsettings and the <c>--filter</c> expression.</param>
    /// <param name="treeNodeFilter">The tree-node filter.</param>
    public TreeNodeFilterContext(IDiscoveryContext inner, TreeNodeFilter treeNodeFilter)
    {
        _inner = inner;
        _treeNodeFilter = treeNodeFilter;
    }

    /// <inheritdoc />
    public IRunSettings? RunSettings => _inner.RunSettings;

    /// <inheritdoc />
    public bool KeepAlive => (_inner as IRunContext)?.KeepAlive ?? false;

    /// <inheritdoc />
    public bool InIsolation => (_inner as IRunContext)?.InIsolation ?? false;

    /// <inheritdoc />
    public bool IsDataCollectionEnabled => (_inner as IRunContext)?.IsDataCollectionEnabled ?? false;

    /// <inheritdoc />
    public bool IsBeingDebugged => (_inner as IRunContext)?.IsBeingDebugged ?? false;

    /// <inheritdoc />
    public string? TestRunDirectory => (_inner as IRunContext)?.TestRunDirectory;

    /// <inheritdoc />
    public string? SolutionDirectory => (_inner as IRunContext)?.SolutionDirectory;

    /// <inheritdoc />
    public ITestCaseFilterExpression? GetTestCaseFilter(IEnumerable<string>? supportedProperties, Func<string, TestProperty?> propertyProvider)
    {
        var inner = _inner is IRunContext runContext
            ? runContext.GetTestCaseFilter(supportedProperties, propertyProvider)
            : DiscoveryFilter(supportedProperties, propertyProvider);
        return new Expression(inner, _treeNodeFilter);
    }

    // The bridge's discovery context has GetTestCaseFilter too, but IDiscoveryContext does not declare it.
    private ITestCaseFilterExpression? DiscoveryFilter(IEnumerable<string>? supportedProperties, Func<string, TestProperty?> propertyProvider)
    {
        var method = _inner.GetType().GetMethod(nameof(IRunContext.GetTestCaseFilter), [typeof(IEnumerable<string>), typeof(Func<string, TestProperty>)]);
        try
        {
            return (ITestCaseFilterExpression?)method?.Invoke(_inner, [supportedProperties, propertyProvider]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is { } inner)
        {
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    private sealed class Expression(ITestCaseFilterExpression? inner, TreeNodeFilter treeNodeFilter) : ITestCaseFilterExpression
    {
        public string TestCaseFilterValue => inner is null ? treeNodeFilter.Filter : $"({inner.TestCaseFilterValue}) and tree-node filter {treeNodeFilter.Filter}";

        public bool MatchTestCase(TestCase testCase, Func<string, object?> propertyValueProvider) =>
            (inner?.MatchTestCase(testCase, propertyValueProvider) ?? true)
            && treeNodeFilter.MatchesFilter(TreeNodePath.Of(testCase), TreeNodePath.Properties(testCase));
    }
}
