using System.Reflection;
using System.Runtime.ExceptionServices;
using AgentGym.TestAdapter.Configuration;
using Microsoft.Testing.Platform.Requests;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// The bridge's discovery or run context with what only Microsoft.Testing.Platform carries: the settings of
/// <c>testconfig.json</c>, which the adapter reads before the runsettings, and a <c>--treenode-filter</c>, which the adapter
/// applies where it applies <c>--filter</c>, so a test selected one way or the other runs through the same selection.
/// </summary>
internal sealed class PlatformRunContext : IRunContext
{
    private readonly IDiscoveryContext _inner;
    private readonly TreeNodeFilter? _treeNodeFilter;

    /// <summary>Wraps a context.</summary>
    /// <param name="inner">The bridge's context, with the runsettings and the <c>--filter</c> expression.</param>
    /// <param name="settings">The AgentGym settings of the platform's configuration.</param>
    /// <param name="treeNodeFilter">The tree-node filter, if the run has one.</param>
    public PlatformRunContext(IDiscoveryContext inner, IReadOnlyList<PlatformSetting> settings, TreeNodeFilter? treeNodeFilter)
    {
        _inner = inner;
        Settings = settings;
        _treeNodeFilter = treeNodeFilter;
    }

    /// <summary>Gets the AgentGym settings of the platform's configuration (<c>testconfig.json</c>).</summary>
    public IReadOnlyList<PlatformSetting> Settings { get; }

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
        return _treeNodeFilter is null ? inner : new Expression(inner, _treeNodeFilter);
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
