using System.Runtime.CompilerServices;

namespace AgentGym.Attributes;

/// <summary>
/// One thing the user says in a conversation test; repeat it for each turn, in the order the turns happen. The engine sends
/// the turns to the agent in one conversation (the agent keeps its chat history, session or conversation id between them).
/// A validator attribute with <c>Turn = n</c> judges the answer to the n-th turn; one without judges the whole conversation.
/// </summary>
/// <example>
/// <code>
/// [AgentTest]
/// [Turn("I want a refund, my parcel arrived broken.")]
/// [Turn("It is order 42.")]
/// [ExpectText(Contains = "order number", Turn = 1)]
/// [ExpectToolCall("refund_order", Arguments = """{"orderId":42}""", Turn = 2)]
/// public void Asks_for_the_order_number_then_refunds() { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class TurnAttribute : Attribute
{
    /// <summary>Declares a turn.</summary>
    /// <param name="text">What the user says.</param>
    /// <param name="sourceLineNumber">Filled in by the compiler; keeps turns in the order they are written.</param>
    public TurnAttribute(string text, [CallerLineNumber] int sourceLineNumber = 0)
    {
        Text = text;
        SourceLineNumber = sourceLineNumber;
    }

    /// <summary>Gets what the user says.</summary>
    public string Text { get; }

    /// <summary>Gets the line of the attribute.</summary>
    public int SourceLineNumber { get; }
}
