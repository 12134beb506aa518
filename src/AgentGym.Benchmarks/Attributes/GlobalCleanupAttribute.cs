namespace AgentGym.Benchmarks.Attributes;

/// <summary>Marks a method that runs once per agent after its last iteration, also after a cancelled run. It may return a <c>Task</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class GlobalCleanupAttribute : Attribute;
