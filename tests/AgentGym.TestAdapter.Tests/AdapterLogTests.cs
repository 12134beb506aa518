using AgentGym.TestAdapter.Logging;
using AgentGym.TestAdapter.Tests.Fakes;

namespace AgentGym.TestAdapter.Tests;

public sealed class AdapterLogTests
{
    [Theory]
    [InlineData("Results are recorded in results.db.")]
    [InlineData("[AgentGym] Results are recorded in results.db.")]
    public void A_message_is_tagged_once_whether_or_not_the_engine_tagged_it(string message)
    {
        var logger = new FakeMessageLogger();

        new AdapterLog(logger).Warning(message);

        Assert.Equal("[AgentGym] Results are recorded in results.db.", Assert.Single(logger.Warnings));
    }
}
