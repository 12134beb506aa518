using AgentGym.Attributes;

namespace AgentGym.Tests.Fakes;

/// <summary>An agent test that sends <see cref="Calculator.Question"/> to the only registered agent and checks nothing.</summary>
public sealed class AskOnce
{
    [AgentTest, Input(Calculator.Question)]
    public static void Asks()
    {
    }
}
