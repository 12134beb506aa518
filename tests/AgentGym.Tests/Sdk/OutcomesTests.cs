using AgentGym.Results;
using AgentGym.Sdk;

namespace AgentGym.Tests.Sdk;

public sealed class OutcomesTests
{
    [Theory]
    [InlineData(AgentTestStatus.Failed, true)]
    [InlineData(AgentTestStatus.Timeout, true)]
    [InlineData(AgentTestStatus.Error, true)]
    [InlineData(AgentTestStatus.Passed, false)]
    [InlineData(AgentTestStatus.Skipped, false)]
    [InlineData(AgentTestStatus.Cancelled, false)]
    public void Failed_timed_out_and_errored_tests_are_failures(AgentTestStatus status, bool failure)
    {
        Assert.Equal(failure, Outcomes.IsFailure(status));
        Assert.Equal(failure, Outcomes.FailureStatuses.Contains(status));
    }

    [Fact]
    public void A_run_with_a_failure_exits_with_1_and_skips_alone_exit_with_0()
    {
        Assert.Equal(1, Outcomes.ExitCode([AgentTestStatus.Passed, AgentTestStatus.Timeout]));
        Assert.Equal(0, Outcomes.ExitCode([AgentTestStatus.Passed, AgentTestStatus.Skipped, AgentTestStatus.Cancelled]));
    }

    [Fact]
    public void A_run_of_several_cases_takes_its_first_failure_else_a_pass_else_its_first_status()
    {
        Assert.Equal(AgentTestStatus.Timeout, Outcomes.Overall([AgentTestStatus.Passed, AgentTestStatus.Timeout, AgentTestStatus.Failed]));
        Assert.Equal(AgentTestStatus.Passed, Outcomes.Overall([AgentTestStatus.Skipped, AgentTestStatus.Passed]));
        Assert.Equal(AgentTestStatus.Skipped, Outcomes.Overall([AgentTestStatus.Skipped, AgentTestStatus.Cancelled]));
        Assert.Equal(AgentTestStatus.Cancelled, Outcomes.Overall([]));
    }

    [Fact]
    public void Stores_read_the_same_statuses_as_sql() =>
        Assert.Equal("('Failed', 'Timeout', 'Error')", Outcomes.SqlList(Outcomes.FailureStatuses));
}
