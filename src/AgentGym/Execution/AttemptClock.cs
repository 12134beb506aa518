namespace AgentGym.Execution;

/// <summary>
/// The clock of attempt timeouts: one dedicated thread, so that a timeout fires on time even when agents that block their
/// threads have starved the thread pool (the pool's timers would fire only when the pool grows, seconds late).
/// </summary>
/// <remarks>
/// When a deadline passes, the clock requests cancellation of the attempt's token (its callbacks run on the thread pool,
/// so an agent's slow callback cannot hold the clock) and then completes the deadline on a new thread of its own, on which
/// the engine goes on reporting the attempt: the thread pool is not needed for a timeout to be reported.
/// </remarks>
internal static class AttemptClock
{
    private static readonly PriorityQueue<Deadline, long> Pending = new();
    private static readonly object Gate = new();
    private static Thread? _thread;

    /// <summary>Starts a deadline that cancels <paramref name="source"/> and completes its task after <paramref name="after"/>.</summary>
    /// <param name="after">How long from now.</param>
    /// <param name="source">The attempt's cancellation, requested when the deadline passes.</param>
    /// <returns>The deadline; dispose it when the attempt ends first.</returns>
    public static Deadline Start(TimeSpan after, CancellationTokenSource source)
    {
        var due = Environment.TickCount64 + (long)Math.Ceiling(Math.Min(after.TotalMilliseconds, int.MaxValue));
        var deadline = new Deadline(source, due);
        lock (Gate)
        {
            Pending.Enqueue(deadline, due);
            if (_thread is null)
            {
                _thread = new Thread(Tick) { IsBackground = true, Name = "AgentGym attempt clock" };
                _thread.Start();
            }

            if (Pending.Peek() == deadline)
                Monitor.PulseAll(Gate);
        }

        return deadline;
    }

    private static void Tick()
    {
        while (true)
        {
            Deadline due;
            lock (Gate)
            {
                while (true)
                {
                    while (Pending.TryPeek(out var first, out _) && first.IsDone)
                        Pending.Dequeue();
                    if (!Pending.TryPeek(out due!, out var at))
                    {
                        Monitor.Wait(Gate);
                        continue;
                    }

                    var wait = at - Environment.TickCount64;
                    if (wait <= 0)
                    {
                        Pending.Dequeue();
                        break;
                    }

                    Monitor.Wait(Gate, (int)Math.Min(wait, int.MaxValue));
                }
            }

            due.Expire();
        }
    }

    /// <summary>One attempt's deadline.</summary>
    internal sealed class Deadline : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly TaskCompletionSource _passed = new();
        private int _done;

        public Deadline(CancellationTokenSource source, long due)
        {
            _source = source;
            Due = due;
        }

        /// <summary>Gets when it passes, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
        public long Due { get; }

        /// <summary>Gets a task that completes when the deadline passes (never, once disposed first).</summary>
        public Task Passed => _passed.Task;

        /// <summary>Gets what is left before the deadline.</summary>
        public TimeSpan Remaining => TimeSpan.FromMilliseconds(Math.Max(0, Due - Environment.TickCount64));

        internal bool IsDone => Volatile.Read(ref _done) != 0;

        /// <summary>Stops the deadline: the attempt ended in time.</summary>
        public void Dispose() => Interlocked.Exchange(ref _done, 1);

        internal void Expire()
        {
            if (Interlocked.Exchange(ref _done, 1) != 0)
                return;
            try
            {
                // Sets the token's state at once; the callbacks run on the thread pool.
                _ = _source.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
            }

            // Whoever awaits the deadline continues on this thread, not on the (possibly starved) thread pool.
            var reporter = new Thread(() => _passed.TrySetResult()) { IsBackground = true, Name = "AgentGym timeout" };
            reporter.Start();
        }
    }
}
