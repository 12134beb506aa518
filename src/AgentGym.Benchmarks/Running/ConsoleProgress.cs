using System.Diagnostics;
using System.Globalization;

namespace AgentGym.Benchmarks.Running;

/// <summary>
/// The progress line of a long run: iterations done, passed, elapsed time and an estimate of what is left. On a terminal it
/// rewrites one line; when the output is redirected (CI logs) it writes a line at every tenth of the run.
/// </summary>
internal sealed class ConsoleProgress(TextWriter? output, int total)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private readonly bool _interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
    private int _done;
    private int _passed;
    private int _lastTenth = -1;
    private long _lastDrawMs = -1000;

    public void Report(bool passed)
    {
        if (output is null || total == 0)
            return;
        lock (_gate)
        {
            _done++;
            if (passed)
                _passed++;
            var tenth = _done * 10 / total;
            var elapsed = _clock.ElapsedMilliseconds;
            if (_interactive ? elapsed - _lastDrawMs < 100 && _done < total : tenth == _lastTenth)
                return;
            _lastTenth = tenth;
            _lastDrawMs = elapsed;
            var left = TimeSpan.FromMilliseconds(elapsed * (total - _done) / Math.Max(1, _done));
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{new string('#', tenth * 2).PadRight(20, '.')}] {_done}/{total} iterations, {_passed} passed, elapsed {_clock.Elapsed:mm\\:ss}, left ~{left:mm\\:ss}");
            output.Write(_interactive ? "\r" + line : line + Environment.NewLine);
            if (_interactive && _done == total)
                output.WriteLine();
        }
    }

    public void Finish()
    {
        if (output is not null && _interactive && _done > 0 && _done < total)
        {
            lock (_gate)
                output.WriteLine();
        }
    }
}
