using Microsoft.VisualStudio.TestPlatform.Common.Filtering;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Adapter;

namespace AgentGym.TestAdapter.Tests.Fakes;

/// <summary>
/// A run context with runsettings and a <c>--filter</c> string, parsed by the test platform's own filter parser, which
/// throws <see cref="TestPlatformFormatException"/> for a malformed filter as the real host does.
/// </summary>
public sealed class FakeRunContext(string? filter = null, string? settingsXml = null) : IRunContext
{
    public IRunSettings? RunSettings { get; } = new FakeRunSettings(settingsXml);

    public bool KeepAlive => false;

    public bool InIsolation => true;

    public bool IsDataCollectionEnabled => false;

    public bool IsBeingDebugged => false;

    public string? TestRunDirectory => null;

    public string? SolutionDirectory => null;

    public ITestCaseFilterExpression? GetTestCaseFilter(IEnumerable<string>? supportedProperties, Func<string, TestProperty?> propertyProvider)
    {
        if (filter is null)
            return null;
        var wrapper = new FilterExpressionWrapper(filter);
        if (!string.IsNullOrEmpty(wrapper.ParseError))
            throw new TestPlatformFormatException(wrapper.ParseError, filter);
        return new TestCaseFilterExpression(wrapper);
    }
}
