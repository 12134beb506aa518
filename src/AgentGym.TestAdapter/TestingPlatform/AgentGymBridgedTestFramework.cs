using System.Reflection;
using AgentGym.TestAdapter.Configuration;
using Microsoft.Testing.Extensions.VSTestBridge;
using Microsoft.Testing.Extensions.VSTestBridge.Requests;
using Microsoft.Testing.Platform.Capabilities.TestFramework;
using Microsoft.Testing.Platform.Extensions;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestFramework;
using Microsoft.Testing.Platform.Messages;
using Microsoft.Testing.Platform.Requests;
using Microsoft.Testing.Platform.Services;
using Microsoft.VisualStudio.TestPlatform.ObjectModel;
using Microsoft.VisualStudio.TestPlatform.ObjectModel.Logging;

namespace AgentGym.TestAdapter.TestingPlatform;

/// <summary>
/// AgentGym on Microsoft.Testing.Platform: the platform's discovery and run requests reach the VSTest adapter through the
/// VSTest bridge, so both modes run the same code, see the same test ids and open the same run session. Only what the
/// bridge does not translate is translated here: the tree-node filter, cancellation, and the method identity Test
/// Explorer and TRX read.
/// </summary>
internal sealed class AgentGymBridgedTestFramework : SynchronizedSingleSessionVSTestBridgedTestFramework, ITestFramework
{
    // The bridge rejects a tree-node filter, so the request goes on without it and the filter waits here for the adapter.
    private static readonly AsyncLocal<TreeNodeFilter?> PendingTreeNodeFilter = new();

    private readonly RunErrors _errors = new();

    /// <summary>Creates the framework.</summary>
    /// <param name="extension">How AgentGym names itself to the platform.</param>
    /// <param name="getTestAssemblies">The assemblies that hold the tests.</param>
    /// <param name="serviceProvider">The platform's services.</param>
    /// <param name="capabilities">The framework's capabilities (TRX).</param>
    public AgentGymBridgedTestFramework(IExtension extension, Func<IEnumerable<Assembly>> getTestAssemblies, IServiceProvider serviceProvider, ITestFrameworkCapabilities capabilities)
        : base(extension, getTestAssemblies, serviceProvider, capabilities)
    {
    }

    /// <inheritdoc />
    async Task ITestFramework.ExecuteRequestAsync(ExecuteRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request is TestExecutionRequest { Filter: TreeNodeFilter treeNodeFilter } request)
        {
            IRequest withoutFilter = request is DiscoverTestExecutionRequest
                ? new DiscoverTestExecutionRequest(request.Session, new NopFilter())
                : new RunTestExecutionRequest(request.Session, new NopFilter());
            PendingTreeNodeFilter.Value = treeNodeFilter;
            context = new ExecuteRequestContext(withoutFilter, context.MessageBus, new CompletionRelay(context), context.CancellationToken);
        }

        await base.ExecuteRequestAsync(context).ConfigureAwait(false);
    }

    /// <inheritdoc />
    async Task<CloseTestSessionResult> ITestFramework.CloseTestSessionAsync(CloseTestSessionContext context)
    {
        var result = await CloseTestSessionAsync(context).ConfigureAwait(false);
        if (!result.IsSuccess || _errors.Count == 0)
            return result;
        var more = _errors.Count > 1 ? $" (and {_errors.Count - 1} more above)" : string.Empty;
        return new CloseTestSessionResult { IsSuccess = false, ErrorMessage = $"AgentGym reported an error for the run{more}: {_errors.First}" };
    }

    /// <inheritdoc />
    protected override Task SynchronizedDiscoverTestsAsync(VSTestDiscoverTestExecutionRequest request, IMessageBus messageBus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new PlatformRunContext(request.DiscoveryContext, PlatformSettings(), PendingTreeNodeFilter.Value);
        new AgentGymTestAdapter().DiscoverTests(request.AssemblyPaths, context, Quiet(request.MessageLogger), request.DiscoverySink);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task SynchronizedRunTestsAsync(VSTestRunTestExecutionRequest request, IMessageBus messageBus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new PlatformRunContext(request.RunContext, PlatformSettings(), PendingTreeNodeFilter.Value);
        var handle = Quiet(request.FrameworkHandle);
        // The adapter blocks its calling thread until the run ends, as the VSTest host expects: give it a thread of its own
        // rather than one of the thread pool's, which the agents' own awaits need.
        return Task.Factory.StartNew(
            () =>
            {
                var adapter = new AgentGymTestAdapter();
                using var cancel = cancellationToken.Register(adapter.Cancel);
                adapter.RunTests(request.AssemblyPaths, context, handle);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
    }

    /// <inheritdoc />
    protected override void AddAdditionalProperties(TestNode testNode, TestCase testCase)
    {
        ArgumentNullException.ThrowIfNull(testNode);
        ArgumentNullException.ThrowIfNull(testCase);
        if (TestMethodIdentity.From(testCase) is { } identity)
            testNode.Properties.Add(identity);
    }

    // The agentgym section of testconfig.json, or of the file --config-file names.
    private List<PlatformSetting> PlatformSettings() =>
        TestConfigSection.Read(
            ServiceProvider.GetConfiguration(),
            ServiceProvider.GetCommandLineOptions().TryGetOptionArgumentList("config-file", out var file) && file is [var path] ? path : null);

    // Informational messages only with '--output detailed', as 'dotnet test' shows them only at a detailed verbosity.
    private QuietFrameworkHandle Quiet(IMessageLogger logger) =>
        new(logger, ServiceProvider.GetCommandLineOptions().TryGetOptionArgumentList("output", out var output) && output is [var level] && string.Equals(level, "detailed", StringComparison.OrdinalIgnoreCase), _errors);

    // Completes the platform's request when the bridge completes the one without the tree-node filter.
    private sealed class CompletionRelay(ExecuteRequestContext original) : IExecuteRequestCompletionNotifier
    {
        public void Complete() => original.Complete();
    }
}
