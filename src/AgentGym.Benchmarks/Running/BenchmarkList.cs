namespace AgentGym.Benchmarks.Running;

/// <summary>Prints the benchmarks for <c>--list</c>, as BenchmarkDotNet does: <c>flat</c>, one full name a line, or <c>tree</c>.</summary>
internal static class BenchmarkList
{
    public static void Write(TextWriter output, string format, IReadOnlyList<(Type Type, List<string> Tasks)> classes)
    {
        if (format == "tree")
        {
            foreach (var (type, tasks) in classes)
            {
                output.WriteLine(type.FullName);
                for (var i = 0; i < tasks.Count; i++)
                    output.WriteLine($" {(i == tasks.Count - 1 ? "└─" : "├─")}{tasks[i]}");
            }

            return;
        }

        foreach (var (type, tasks) in classes)
        {
            foreach (var task in tasks)
                output.WriteLine($"{type.FullName}.{task}");
        }
    }
}
