using System.Diagnostics;
using AgentGym.Sdk;

namespace AgentGym.Tests.Storage;

/// <summary>The commit and branch read from a real repository's files agree with what <c>git rev-parse</c> says.</summary>
public sealed class GitRepositoryFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("agentgym-git-").FullName;
    private readonly string _repository;

    public GitRepositoryFilesTests()
    {
        _repository = Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;
        Git(_repository, "init", "--quiet", "--initial-branch=main");
        Git(_repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--allow-empty", "-m", "first");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_branch_with_a_loose_ref_gives_its_commit_and_name_from_a_subfolder()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_repository, "tests", "bin")).FullName;

        Assert.Equal(new GitInfo(Git(_repository, "rev-parse", "HEAD"), "main"), GitRepositoryFiles.Find(folder)?.ReadHead());
    }

    [Fact]
    public void A_packed_ref_gives_its_commit()
    {
        Git(_repository, "pack-refs", "--all");

        Assert.False(File.Exists(Path.Combine(_repository, ".git", "refs", "heads", "main")));
        Assert.Equal(new GitInfo(Git(_repository, "rev-parse", "HEAD"), "main"), GitRepositoryFiles.Find(_repository)?.ReadHead());
    }

    [Fact]
    public void A_detached_head_gives_the_commit_and_no_branch()
    {
        Git(_repository, "checkout", "--quiet", "--detach");

        Assert.Equal(new GitInfo(Git(_repository, "rev-parse", "HEAD"), null), GitRepositoryFiles.Find(_repository)?.ReadHead());
    }

    [Fact]
    public void A_worktree_gives_its_own_branch_and_commit()
    {
        var worktree = Path.Combine(_root, "feature");
        Git(_repository, "worktree", "add", "--quiet", "-b", "feature", worktree);
        Git(worktree, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--allow-empty", "-m", "second");

        var head = GitRepositoryFiles.Find(worktree)?.ReadHead();

        Assert.Equal(new GitInfo(Git(worktree, "rev-parse", "HEAD"), "feature"), head);
        Assert.NotEqual(Git(_repository, "rev-parse", "HEAD"), head?.Commit);
    }

    [Fact]
    public void A_folder_beside_the_repository_does_not_read_it()
    {
        var beside = Directory.CreateDirectory(Path.Combine(_root, "beside")).FullName;

        Assert.NotEqual(Git(_repository, "rev-parse", "HEAD"), GitRepositoryFiles.Find(beside)?.ReadHead()?.Commit);
    }

    [Fact]
    public void A_branch_without_commits_gives_nothing_so_that_git_is_asked()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        Git(empty, "init", "--quiet", "--initial-branch=main");

        Assert.Null(GitRepositoryFiles.Find(empty)?.ReadHead());
    }

    private static string Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        Assert.True(git.WaitForExit(TimeSpan.FromSeconds(30)), $"git {string.Join(' ', arguments)} did not end.");
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output.Trim();
    }
}
