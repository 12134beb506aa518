using System.Runtime.CompilerServices;

namespace AgentGym.Attributes;

/// <summary>
/// A task the engine sends to the agent; repeat it, like xunit's <c>[InlineData]</c>, for one test case per input.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Declares an input.</summary>
    /// <param name="task">The task text.</param>
    /// <param name="sourceLineNumber">Filled in by the compiler; keeps inputs in the order they are written.</param>
    public InputAttribute(string task, [CallerLineNumber] int sourceLineNumber = 0)
    {
        Task = task;
        SourceLineNumber = sourceLineNumber;
    }

    /// <summary>Gets the task text.</summary>
    public string Task { get; }

    /// <summary>Gets the line of the attribute.</summary>
    public int SourceLineNumber { get; }
}
