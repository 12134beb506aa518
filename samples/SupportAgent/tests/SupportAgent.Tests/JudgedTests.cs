using AgentGym.Attributes;

namespace SupportAgent.Tests;

/// <summary>Is the answer good, as a reader would judge it? An LLM judge (here a simulated one) scores it against a rubric.</summary>
[UseAgent(SupportAgentStartup.Support)]
public sealed class JudgedTests
{
    [AgentTest]
    [Input("What is the status of order 44?")]
    [JudgedBy("States the status of the order ('processing') and names it ('44').", Threshold = 0.9)]
    public void Gives_a_status_a_customer_understands()
    {
    }
}
