using System.Diagnostics;

namespace AgentGym.Sdk;

/// <summary>
/// The git commit and branch of a run: from the CI system's variables, else from the repository's files (HEAD, the branch's
/// ref or packed-refs), else from <c>git rev-parse</c>. Reading the files costs no process start, which every run would
/// otherwise pay twice before its first test.
/// </summary>
/// <param name="Commit">The commit, or <see langword="null"/>.</param>
/// <param name="Branch">The branch, or <see langword="null"/>.</param>
public sealed record GitInfo(string? Commit, string? Branch)
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Finds the commit and branch; never throws, and gives up on git after a few seconds.</summary>
    /// <param name="folder">A folder in the repository, or <see langword="null"/> for the current one.</param>
    /// <returns>What was found.</returns>
    public static GitInfo Detect(string? folder)
    {
        var commit = FirstVariable("GITHUB_SHA", "BUILD_SOURCEVERSION", "CI_COMMIT_SHA", "GIT_COMMIT");
        var branch = FirstVariable("GITHUB_HEAD_REF", "GITHUB_REF_NAME", "BUILD_SOURCEBRANCHNAME", "CI_COMMIT_REF_NAME", "GIT_BRANCH");
        if (commit is not null && branch is not null)
            return new GitInfo(commit, branch);

        var start = folder is not null && Directory.Exists(folder) ? folder : Environment.CurrentDirectory;
        if (GitRepositoryFiles.Find(start) is { } repository && repository.ReadHead() is { } head)
            return new GitInfo(commit ?? head.Commit, branch ?? head.Branch);

        // Files this reader does not know (another ref storage, a broken repository): ask git itself.
        commit ??= Git(start, "rev-parse HEAD");
        branch ??= Git(start, "rev-parse --abbrev-ref HEAD") is { } name and not "HEAD" ? name : null;
        return new GitInfo(commit, branch);
    }

    private static string? FirstVariable(params string[] names) =>
        names.Select(Environment.GetEnvironmentVariable).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();

    private static string? Git(string folder, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            using var git = Process.Start(start);
            if (git is null)
                return null;
            var output = git.StandardOutput.ReadToEndAsync();
            _ = git.StandardError.ReadToEndAsync();
            if (!git.WaitForExit(GitTimeout))
            {
                git.Kill(entireProcessTree: true);
                return null;
            }
            return git.ExitCode == 0 && output.Wait(GitTimeout) && output.Result.Trim() is { Length: > 0 } text ? text : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
