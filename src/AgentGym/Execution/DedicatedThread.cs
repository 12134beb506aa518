using System.Collections.Concurrent;

namespace AgentGym.Execution;

/// <summary>
/// Starts user code (an agent, a test body, validators) on a thread that no other work shares rather than on the thread
/// pool, so that code that blocks its thread (<c>Thread.Sleep</c>, <c>.Result</c>, a catastrophic regular expression) holds
/// only that thread and cannot starve the timeouts and the other tests of the run.
/// </summary>
/// <remarks>
/// A thread whose work has returned waits a few seconds for the next piece of work before it ends, so a suite of thousands
/// of quick tests reuses a handful of threads rather than starting one per test. When every waiting thread is taken, a new
/// one starts at once: unlike the thread pool, which adds threads slowly, nothing waits behind a blocked thread.
/// </remarks>
internal static class DedicatedThread
{
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromSeconds(5);
    private static readonly ConcurrentStack<Worker> Waiting = new();

    /// <summary>Runs <paramref name="work"/> on a thread of its own; what follows its first <c>await</c> runs where that await resumes.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="work">The work; it sees the caller's execution context (async locals flow into it).</param>
    /// <returns>The work's task.</returns>
    public static Task<T> Run<T>(Func<Task<T>> work)
    {
        var started = new TaskCompletionSource<Task<T>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = ExecutionContext.Capture();
        void Start()
        {
            try
            {
                started.SetResult(work());
            }
            catch (Exception ex)
            {
                started.SetException(ex);
            }
        }

        Dispatch(context is null ? Start : () => ExecutionContext.Run(context, static start => ((Action)start!)(), (Action)Start));
        return started.Task.Unwrap();
    }

    private static void Dispatch(Action item)
    {
        while (Waiting.TryPop(out var worker))
        {
            if (worker.TryTake(item))
                return;
        }

        Worker.Start(item);
    }

    // One thread: it runs an item, then offers itself for the next one until it has waited IdleLifetime for nothing.
    private sealed class Worker
    {
        private const int Busy = 0;
        private const int Idle = 1;
        private const int Ended = 2;

        private readonly SemaphoreSlim _assigned = new(0);
        private Action? _next;
        private int _state = Busy;

        public static void Start(Action first)
        {
            var worker = new Worker { _next = first };
            new Thread(worker.Loop) { IsBackground = true, Name = "AgentGym user code" }.Start();
        }

        // Called by a dispatcher that popped this worker; false when the worker has ended meanwhile.
        public bool TryTake(Action item)
        {
            if (Interlocked.CompareExchange(ref _state, Busy, Idle) != Idle)
                return false;
            _next = item;
            _assigned.Release();
            return true;
        }

        private void Loop()
        {
            while (true)
            {
                var item = _next!;
                _next = null;
                item();

                Volatile.Write(ref _state, Idle);
                Waiting.Push(this);
                if (!_assigned.Wait(IdleLifetime))
                {
                    if (Interlocked.CompareExchange(ref _state, Ended, Idle) == Idle)
                        return;
                    // A dispatcher took this worker just as its wait ended: the item is on its way.
                    _assigned.Wait();
                }
            }
        }
    }
}
