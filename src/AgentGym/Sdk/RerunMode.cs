namespace AgentGym.Sdk;

/// <summary>Which tests a re-run selects from the last recorded run (<c>agentgym rerun --failed</c>, runsettings <c>&lt;Rerun&gt;</c>).</summary>
public enum RerunMode
{
    /// <summary>The tests that failed the run: failed, timed out or ended in an error (<see cref="Outcomes.FailureStatuses"/>).</summary>
    Failed,

    /// <summary>Only the tests that ended in an error: the agent, a judge or a validator could not be run, so nothing was judged.</summary>
    Errored,
}
