using Microsoft.Testing.Platform.Builder;
using Microsoft.Testing.Platform.Capabilities.TestFramework;
using Microsoft.Testing.Platform.Extensions.Messages;
using Microsoft.Testing.Platform.Extensions.TestFramework;
using Microsoft.Testing.Platform.Requests;

namespace EmptyMtp;

/// <summary>Registers the framework; the generated entry point calls it.</summary>
public static class TestingPlatformBuilderHook
{
    public static void AddExtensions(ITestApplicationBuilder builder, string[] arguments) =>
        builder.RegisterTestFramework(_ => new TestFrameworkCapabilities(), (_, _) => new OneTestFramework());
}

/// <summary>A test framework with one test that passes at once: what is left is the platform's own start-up.</summary>
internal sealed class OneTestFramework : ITestFramework, IDataProducer
{
    public string Uid => nameof(OneTestFramework);

    public string Version => "1.0.0";

    public string DisplayName => "One test";

    public string Description => "Reports one passed test.";

    public Type[] DataTypesProduced => [typeof(TestNodeUpdateMessage)];

    public Task<bool> IsEnabledAsync() => Task.FromResult(true);

    public Task<CreateTestSessionResult> CreateTestSessionAsync(CreateTestSessionContext context) =>
        Task.FromResult(new CreateTestSessionResult { IsSuccess = true });

    public Task<CloseTestSessionResult> CloseTestSessionAsync(CloseTestSessionContext context) =>
        Task.FromResult(new CloseTestSessionResult { IsSuccess = true });

    public async Task ExecuteRequestAsync(ExecuteRequestContext context)
    {
        var request = (TestExecutionRequest)context.Request;
        IProperty state = request is DiscoverTestExecutionRequest ? DiscoveredTestNodeStateProperty.CachedInstance : PassedTestNodeStateProperty.CachedInstance;
        var node = new TestNode { Uid = "one", DisplayName = "One test", Properties = new PropertyBag(state) };
        await context.MessageBus.PublishAsync(this, new TestNodeUpdateMessage(request.Session.SessionUid, node));
        context.Complete();
    }
}
