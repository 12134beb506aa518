using System.ComponentModel;
using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using AgentGym.Definitions;
using AgentGym.Results;
using Microsoft.Win32.SafeHandles;

namespace AgentGym.Sdk;

/// <summary>
/// Finds the runs whose test host died (<c>Environment.FailFast</c>, a stack overflow, <c>kill -9</c>) and records in the store
/// the tests that were running then, with the status <see cref="AgentTestStatus.Running"/> and the error type
/// <see cref="RunningAtCrash"/>, so that a crash never loses which tests were running. Each recorded run keeps a journal of
/// its running tests beside the store while it lives; a journal that no live process holds belongs to a run that died. Every
/// front end that opens a store calls <see cref="Recover(IResultStore, string)"/>: a test run at its start and its end, the command line, the server.
/// </summary>
public static class CrashedRuns
{
    /// <summary>The error type of a result recorded for a test that was running when its test host died.</summary>
    public const string RunningAtCrash = "RunningAtCrash";

    /// <summary>The message of such a result.</summary>
    public const string RunningAtCrashMessage =
        "The test host died while this test was running, and it never ended. Tests that ran at the same time are recorded the same way: " +
        "one of them, or something else in the process, ended it (Environment.FailFast, a stack overflow, Environment.Exit, an unhandled exception, or a kill).";

    /// <summary>
    /// Gets the folder of a store's run journals: beside a SQLite file (<c>results.db.running</c>); for a PostgreSQL server, a
    /// folder of this machine's temp folder named after the server and database (never the password).
    /// </summary>
    /// <param name="connection">The store's connection text, as <see cref="ResultStores.Open(string)"/> takes it.</param>
    /// <returns>The folder's full path; it may not exist.</returns>
    public static string JournalFolder(string connection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        var text = connection.Trim();
        return ResultStores.IsPostgreSql(text)
            ? Path.Combine(Path.GetTempPath(), "agentgym-running", ServerKey(text))
            : Path.GetFullPath(text) + RunJournal.Extension;
    }

    /// <summary>
    /// Records the running tests of every run of the store whose process died, and returns those runs. Cheap when there are
    /// none (one look at a folder); safe when several processes call it at once (each dead run is recorded once).
    /// </summary>
    /// <param name="store">The open store.</param>
    /// <param name="connection">The store's connection text, which says where its journals are.</param>
    /// <returns>The runs recovered now, oldest first; empty when there were none.</returns>
    /// <exception cref="ResultStoreException">The store failed while recording.</exception>
    public static IReadOnlyList<CrashedRun> Recover(IResultStore store, string connection)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Recover(store, JournalFolder(connection), ownJournal: null);
    }

    internal static IReadOnlyList<CrashedRun> Recover(IResultStore store, string folder, string? ownJournal)
    {
        if (!Directory.Exists(folder))
            return [];
        string[] files;
        try
        {
            files = Directory.GetFiles(folder, "*" + RunJournal.Extension);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var found = new List<CrashedRun>();
        foreach (var file in files.Where(f => !string.Equals(f, ownJournal, StringComparison.Ordinal)))
        {
            if (TryRecover(store, file) is { } crashed)
                found.Add(crashed);
        }

        return [.. found.OrderBy(c => c.StartedAt)];
    }

    private static CrashedRun? TryRecover(IResultStore store, string path)
    {
        SafeFileHandle file;
        try
        {
            // Exclusive: fails while the run's own process holds its journal, or another process recovers it.
            file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        using (file)
        {
            var bytes = new byte[RandomAccess.GetLength(file)];
            var read = RandomAccess.Read(file, bytes, 0);
            var journal = RunJournalText.Parse(bytes.AsSpan(0, read));
            if (journal.Header is { } header && IsAlive(header))
                return null;
            var crashed = journal.Header is null ? null : Record(store, journal, File.GetLastWriteTimeUtc(path));
            // A run that ended but could not delete its journal did not crash.
            if (crashed is { RunningTests.Count: 0, LostResults.Count: 0 } && store.GetRun(crashed.RunId)?.CompletedAt is not null)
                crashed = null;
            Delete(path, file);
            return crashed;
        }
    }

    private static CrashedRun Record(IResultStore store, RunJournalText journal, DateTime lastWrite)
    {
        var header = journal.Header!;
        var runId = journal.RunId is { } id && store.GetRun(id) is not null
            ? id
            : store.BeginRun(new RunInfo { Kind = RunKinds.Test, Source = header.Source, Machine = header.Machine, StartedAt = header.StartedAt });
        var recorded = store.GetTestRuns(runId).Select(t => t.TestId).ToHashSet(StringComparer.Ordinal);
        var running = journal.Started.Where(s => !journal.Ended.Contains(s.Key) && !recorded.Contains(s.Value.Id)).Select(s => s.Value).ToList();
        var lost = journal.Started.Where(s => journal.Ended.Contains(s.Key) && !recorded.Contains(s.Value.Id)).Select(s => s.Value.DisplayName).ToList();
        var died = new DateTimeOffset(DateTime.SpecifyKind(lastWrite, DateTimeKind.Utc));
        store.RecordTestRuns(runId, [.. running.Select(test => new AgentTestRun
        {
            Test = new AgentTestDefinition { Id = test.Id, FullName = test.FullName, DisplayName = test.DisplayName, Type = test.Type, AgentName = test.Agent },
            AgentName = test.Agent,
            Status = AgentTestStatus.Running,
            Error = new ErrorInfo(RunningAtCrash, RunningAtCrashMessage),
            StartedAt = test.StartedAt,
            CompletedAt = died > test.StartedAt ? died : test.StartedAt,
        })]);
        return new CrashedRun(runId, header.Source, header.StartedAt, [.. running.Select(t => t.DisplayName)], lost);
    }

    // The lock says whether the run lives; the process id and start time say it too where file locks are off
    // (DOTNET_SYSTEM_IO_DISABLEFILELOCKING) or not shared (a network file system).
    private static bool IsAlive(RunJournalHeader header)
    {
        if (!string.Equals(header.Machine, Environment.MachineName, StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            using var process = Process.GetProcessById(header.ProcessId);
            return Math.Abs((process.StartTime.ToUniversalTime() - header.ProcessStarted.UtcDateTime).TotalSeconds) < 1;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or Win32Exception or NotSupportedException)
        {
            return false;
        }
    }

    // Deleted while still held where the system allows it (no other process can recover it in between); else after.
    private static void Delete(string path, SafeFileHandle file)
    {
        try
        {
            File.Delete(path);
            return;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        file.Dispose();
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    // host, port, database and user of a PostgreSQL connection: what says which store it is, without the password.
    private static string ServerKey(string connection)
    {
        string identity;
        if (Uri.TryCreate(connection, UriKind.Absolute, out var url) && url.Scheme.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
            identity = $"{url.UserInfo.Split(':')[0]}@{url.Host}:{url.Port}{url.AbsolutePath}";
        else
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = connection };
            identity = string.Join(';', builder.Keys.Cast<string>()
                .Where(k => k.ToUpperInvariant() is not ("PASSWORD" or "PWD"))
                .OrderBy(k => k, StringComparer.OrdinalIgnoreCase)
                .Select(k => $"{k.ToUpperInvariant()}={builder[k]}"));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity.ToUpperInvariant())))[..16];
    }
}
