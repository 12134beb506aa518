namespace AgentGym.Benchmarks.Attributes;

/// <summary>
/// Feeds a benchmark task from a JSON Lines file: one case per line, an object with a <c>task</c> text and optional
/// <c>context</c> (an object), <c>expected</c> (a JSON value that must hold in the output, or a text the answer must contain)
/// and <c>name</c>. The method takes the case as an <c>AgentRequest</c> parameter. The path is relative to the benchmark
/// assembly's folder (copy the file to the output).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class TasksFromAttribute : Attribute
{
    /// <summary>Names the file of cases.</summary>
    /// <param name="path">The JSON Lines file, relative to the assembly's folder or absolute.</param>
    public TasksFromAttribute(string path) => Path = path;

    /// <summary>Gets the file of cases.</summary>
    public string Path { get; }
}
