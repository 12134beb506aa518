using System.Globalization;

namespace AgentGym.Security;

/// <summary>A probe file that cannot be used, with the file, the line and the field at fault.</summary>
public sealed class ProbeFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file, as shown to people.</param>
    /// <param name="line">The line (1-based), when known.</param>
    /// <param name="field">The field's path, such as <c>probes[2].category</c>; empty for the whole file.</param>
    /// <param name="problem">What is wrong.</param>
    public ProbeFileException(string file, int? line, string field, string problem)
        : base(Format(file, line, field, problem))
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    /// <summary>Gets the file.</summary>
    public string File { get; }

    /// <summary>Gets the line, when known.</summary>
    public int? Line { get; }

    /// <summary>Gets the field's path.</summary>
    public string Field { get; }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string file, int? line, string field, string problem)
    {
        var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $"{file}:{l}") : file;
        return field.Length == 0 ? $"Probe file {where}: {problem}" : $"Probe file {where}: {field}: {problem}";
    }
}
