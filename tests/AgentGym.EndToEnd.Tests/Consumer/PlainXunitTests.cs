using Xunit;

namespace Consumer;

public sealed class PlainXunitTests
{
    [Fact]
    public void Xunit_fact_runs_beside_agent_tests() => Assert.Equal(4, 2 + 2);
}
