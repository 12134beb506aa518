namespace AgentGym.Sdk;

/// <summary>
/// Reads HEAD, the commit it points to and the branch name straight from a repository's files: <c>.git/HEAD</c>, a loose
/// ref or <c>packed-refs</c>, in a plain repository or a worktree (<c>.git</c> as a file naming the git folder). Anything
/// else (another ref storage, GIT_DIR, an unreadable file) gives nothing, and the caller asks git.
/// </summary>
internal sealed class GitRepositoryFiles
{
    private const string RefPrefix = "ref: ";
    private const string BranchPrefix = "refs/heads/";
    private const int MaxSymbolicRefs = 5;

    private readonly string _gitDirectory;
    private readonly string _commonDirectory;

    private GitRepositoryFiles(string gitDirectory, string commonDirectory)
    {
        _gitDirectory = gitDirectory;
        _commonDirectory = commonDirectory;
    }

    /// <summary>Finds the repository that holds a folder, the way git does: the nearest <c>.git</c> above it.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The repository's files, or <see langword="null"/> when there is none or git would look elsewhere.</returns>
    public static GitRepositoryFiles? Find(string folder)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_DIR")))
            return null;
        try
        {
            for (var directory = new DirectoryInfo(Path.GetFullPath(folder)); directory is not null; directory = directory.Parent)
            {
                var dotGit = Path.Combine(directory.FullName, ".git");
                if (Directory.Exists(dotGit))
                    return At(dotGit);
                if (File.Exists(dotGit))
                {
                    var pointer = File.ReadAllText(dotGit).Trim();
                    return pointer.StartsWith("gitdir:", StringComparison.Ordinal)
                        ? At(Path.GetFullPath(pointer["gitdir:".Length..].Trim(), directory.FullName))
                        : null;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }

        return null;
    }

    /// <summary>Reads the commit HEAD points to, and its branch when HEAD is on one.</summary>
    /// <returns>The commit and branch, or <see langword="null"/> when the files do not say.</returns>
    public GitInfo? ReadHead()
    {
        try
        {
            var head = File.ReadAllText(Path.Combine(_gitDirectory, "HEAD")).Trim();
            if (IsObjectId(head))
                return new GitInfo(head, null);
            if (!head.StartsWith(RefPrefix, StringComparison.Ordinal))
                return null;
            var name = head[RefPrefix.Length..].Trim();
            return ResolveRef(name, MaxSymbolicRefs) is { } commit
                ? new GitInfo(commit, name.StartsWith(BranchPrefix, StringComparison.Ordinal) ? name[BranchPrefix.Length..] : null)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static GitRepositoryFiles? At(string gitDirectory)
    {
        if (!File.Exists(Path.Combine(gitDirectory, "HEAD")))
            return null;
        var commonFile = Path.Combine(gitDirectory, "commondir");
        var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDirectory) : gitDirectory;
        return new GitRepositoryFiles(gitDirectory, common);
    }

    private string? ResolveRef(string name, int depth)
    {
        if (depth == 0 || name.Contains("..", StringComparison.Ordinal))
            return null;
        foreach (var directory in new[] { _gitDirectory, _commonDirectory })
        {
            var path = Path.Combine(directory, name);
            if (!File.Exists(path))
                continue;
            var content = File.ReadAllText(path).Trim();
            if (IsObjectId(content))
                return content;
            return content.StartsWith(RefPrefix, StringComparison.Ordinal) ? ResolveRef(content[RefPrefix.Length..].Trim(), depth - 1) : null;
        }

        return PackedRef(name);
    }

    private string? PackedRef(string name)
    {
        var packed = Path.Combine(_commonDirectory, "packed-refs");
        if (!File.Exists(packed))
            return null;
        foreach (var line in File.ReadLines(packed))
        {
            if (line.Length == 0 || line[0] is '#' or '^')
                continue;
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && line.AsSpan(space + 1).Trim().SequenceEqual(name) && IsObjectId(line[..space]))
                return line[..space];
        }

        return null;
    }

    // SHA-1 (40) or SHA-256 (64) hexadecimal object names.
    private static bool IsObjectId(string text) =>
        text.Length is 40 or 64 && !text.AsSpan().ContainsAnyExcept("0123456789abcdef");
}
