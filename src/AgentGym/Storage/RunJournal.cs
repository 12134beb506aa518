using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using AgentGym.Definitions;
using Microsoft.Win32.SafeHandles;

namespace AgentGym.Sdk;

/// <summary>
/// The tests a recorded run has started and not yet ended, in a small file beside the results store, so that a run whose
/// process dies (<c>Environment.FailFast</c>, a stack overflow, <c>kill -9</c>) still says which tests were running. Each test
/// costs two unbuffered writes (its start, then its end), one system call each: a line is in the operating system's hands
/// before the test body runs and survives the process, though not a power cut. The file is held open exclusively while the
/// run lives and deleted when it ends; a file nobody holds belongs to a run that died (<see cref="Sdk.CrashedRuns"/>).
/// </summary>
internal sealed class RunJournal : IDisposable
{
    /// <summary>The journal files' extension.</summary>
    public const string Extension = ".running";

    /// <summary>The version of the format, the first line's <c>journal</c> field.</summary>
    public const int Format = 1;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    private readonly SafeFileHandle _file;
    private readonly Action<string> _warn;
    private readonly ConcurrentDictionary<AgentTestDefinition, long> _running = new(ReferenceEqualityComparer.Instance);
    private long _length;
    private long _next;
    private int _closed;
    private int _failed;

    private RunJournal(string path, SafeFileHandle file, Action<string> warn)
    {
        Path = path;
        _file = file;
        _warn = warn;
        // Where the runtime still runs code on the way out (an unhandled exception, Environment.Exit), the test platform's
        // message about the dead test host (it shows the host's standard error) names the running tests at once.
        AppDomain.CurrentDomain.UnhandledException += OnDying;
        AppDomain.CurrentDomain.ProcessExit += OnDying;
    }

    /// <summary>Gets the journal file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the display names of the tests that have started and not ended, for a message when the process is dying.</summary>
    public IReadOnlyList<string> Running => [.. _running.Keys.Select(t => t.DisplayName)];

    /// <summary>Creates the journal of a run in <paramref name="folder"/>; when that fails, warns and returns <see langword="null"/>.</summary>
    /// <param name="folder">The folder of the store's journals (<see cref="Sdk.CrashedRuns.JournalFolder(string)"/>).</param>
    /// <param name="source">The test assembly, for the run that recovery records when the store never opened.</param>
    /// <param name="warn">Receives a warning when the journal cannot be written.</param>
    /// <returns>The journal, or <see langword="null"/>.</returns>
    public static RunJournal? Start(string folder, string? source, Action<string> warn)
    {
        var path = System.IO.Path.Combine(folder, $"{Environment.ProcessId}-{Guid.NewGuid():N}{Extension}");
        try
        {
            Directory.CreateDirectory(folder);
            // FileShare.None holds the file exclusively (a lock the operating system drops when the process dies, however it dies).
            var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            var journal = new RunJournal(path, file, warn);
            using var process = Process.GetCurrentProcess();
            journal.Append(json =>
            {
                json.WriteNumber("journal", Format);
                json.WriteNumber("pid", Environment.ProcessId);
                json.WriteString("process_started", new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero));
                json.WriteString("source", source);
                json.WriteString("machine", Environment.MachineName);
                json.WriteString("started_at", DateTimeOffset.UtcNow);
            });
            return journal;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warn($"Tests that are running if the test host dies will not be named: the run journal {path} cannot be written ({ex.Message}).");
            return null;
        }
    }

    /// <summary>Records the store's id of the run, once the store has begun it.</summary>
    /// <param name="runId">The run's id.</param>
    public void RunBegan(long runId) => Append(json => json.WriteNumber("run", runId));

    /// <summary>Records that a test starts; returns once the line is written.</summary>
    /// <param name="test">The test case.</param>
    public void Started(AgentTestDefinition test)
    {
        var number = Interlocked.Increment(ref _next);
        if (!_running.TryAdd(test, number))
            return;
        Append(json =>
        {
            json.WriteNumber("s", number);
            json.WriteString("id", test.Id);
            json.WriteString("name", test.FullName);
            json.WriteString("display", test.DisplayName);
            json.WriteString("type", test.Type.ToString());
            json.WriteString("agent", test.AgentName);
            json.WriteString("at", DateTimeOffset.UtcNow);
        });
    }

    /// <summary>Records that a test has its result.</summary>
    /// <param name="test">The test case.</param>
    public void Ended(AgentTestDefinition test)
    {
        if (_running.TryRemove(test, out var number))
            Append(json => json.WriteNumber("e", number));
    }

    /// <summary>Closes and deletes the journal: the run ended.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        AppDomain.CurrentDomain.UnhandledException -= OnDying;
        AppDomain.CurrentDomain.ProcessExit -= OnDying;
        _file.Dispose();
        try
        {
            File.Delete(Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _warn($"The run journal {Path} could not be deleted ({ex.Message}); the next run will take the run for one that died.");
        }
    }

    private void OnDying(object? sender, EventArgs e)
    {
        var running = Running;
        if (running.Count == 0 || Volatile.Read(ref _closed) != 0)
            return;
        Console.Error.WriteLine($"[AgentGym] The test host is ending while {running.Count} test(s) run: {string.Join(", ", running)}. " +
            "The results store records them as running at the crash (agentgym runs show).");
    }

    // One line of JSON, written at its own offset with one positioned write: no lock, no buffer to flush. Lines written by
    // two threads at once never interleave; a line whose write never happened leaves zeros, which the reader skips.
    private void Append(Action<Utf8JsonWriter> write)
    {
        if (Volatile.Read(ref _closed) != 0 || Volatile.Read(ref _failed) != 0)
            return;
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer);
        json.Reset(buffer);
        json.WriteStartObject();
        write(json);
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
        var line = buffer.WrittenSpan;
        var offset = Interlocked.Add(ref _length, line.Length) - line.Length;
        try
        {
            RandomAccess.Write(_file, line, offset);
        }
        catch (ObjectDisposedException)
        {
            // The run ended while a late test ended.
        }
        catch (IOException ex)
        {
            if (Interlocked.Exchange(ref _failed, 1) == 0)
                _warn($"The run journal {Path} cannot be written ({ex.Message}); tests that are running if the test host dies will not be named.");
        }
    }
}
