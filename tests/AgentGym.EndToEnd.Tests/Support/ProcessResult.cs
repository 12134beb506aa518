namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>What a finished process said: its command line, exit code and combined output.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Formats the result for an assertion message.</summary>
    public override string ToString() => $"> {CommandLine}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:0.0} s{Environment.NewLine}{Output}";
}
