using System.Globalization;

namespace AgentGym.Sdk;

public abstract partial class DbResultStore
{
    private const string BenchmarkOfRun = "SELECT b.run_id FROM agent_benchmark_runs b JOIN agent_benchmarks d ON d.id = b.benchmark_id WHERE d.name = @name";

    /// <inheritdoc />
    public void RecordBenchmarkIterations(long runId, IReadOnlyList<BenchmarkIterationRecord> iterations)
    {
        ArgumentNullException.ThrowIfNull(iterations);
        if (iterations.Count == 0)
            return;
        Write((connection, transaction) =>
        {
            foreach (var iteration in iterations)
            {
                // The unique key keeps an iteration counted once, whoever writes it twice.
                using var insert = Command(connection, transaction,
                    "INSERT INTO agent_benchmark_iterations (run_id, benchmark, plan, agent, task, iteration, status, iteration_json) " +
                    "VALUES (@run, @benchmark, @plan, @agent, @task, @iteration, @status, @json) ON CONFLICT DO NOTHING");
                Parameter(insert, "@run", runId);
                Parameter(insert, "@benchmark", iteration.Benchmark);
                Parameter(insert, "@plan", iteration.Plan);
                Parameter(insert, "@agent", iteration.Agent);
                Parameter(insert, "@task", iteration.Task);
                Parameter(insert, "@iteration", iteration.Iteration);
                Parameter(insert, "@status", iteration.Status);
                Parameter(insert, "@json", iteration.Json);
                insert.ExecuteNonQuery();
            }
            return 0;
        });
    }

    /// <inheritdoc />
    public BenchmarkProgress? GetLastBenchmarkProgress(string benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        return Run(connection =>
        {
            long runId;
            using (var last = Command(connection, null,
                $"SELECT MAX(run_id) FROM (SELECT run_id FROM agent_benchmark_iterations WHERE benchmark = @name UNION ALL {BenchmarkOfRun}) runs"))
            {
                Parameter(last, "@name", benchmark);
                if (last.ExecuteScalar() is not { } value || value is DBNull)
                    return null;
                runId = Convert.ToInt64(value, CultureInfo.InvariantCulture);
            }

            bool finished;
            using (var result = Command(connection, null, $"SELECT COUNT(*) FROM ({BenchmarkOfRun} AND b.run_id = @run AND b.was_cancelled = 0) finished"))
            {
                Parameter(result, "@name", benchmark);
                Parameter(result, "@run", runId);
                finished = Convert.ToInt64(result.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
            }

            using var rows = Command(connection, null,
                "SELECT benchmark, plan, agent, task, iteration, status, iteration_json FROM agent_benchmark_iterations WHERE run_id = @run AND benchmark = @name ORDER BY id");
            Parameter(rows, "@run", runId);
            Parameter(rows, "@name", benchmark);
            var iterations = ReadAll(rows, r => new BenchmarkIterationRecord
            {
                Benchmark = r.GetString(0),
                Plan = r.GetString(1),
                Agent = r.GetString(2),
                Task = r.GetString(3),
                Iteration = (int)Long(r, 4),
                Status = r.GetString(5),
                Json = r.GetString(6),
            });
            return new BenchmarkProgress(runId, finished, iterations);
        });
    }
}
