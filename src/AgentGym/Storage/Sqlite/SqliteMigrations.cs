namespace AgentGym.Sdk;

/// <summary>The schema of the SQLite store, one step per version. Never edit a released step: add the next one.</summary>
internal static class SqliteMigrations
{
    /// <summary>Gets every step, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "The four tables of the data model and the runs that hold their results",
        [
            "CREATE TABLE agent_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, source TEXT, git_commit TEXT, git_branch TEXT, " +
                "machine TEXT NOT NULL, run_group TEXT, started_at TEXT NOT NULL, completed_at TEXT)",
            "CREATE INDEX ix_agent_runs_started_at ON agent_runs (started_at)",
            "CREATE INDEX ix_agent_runs_branch ON agent_runs (git_branch, id)",
            "CREATE INDEX ix_agent_runs_group ON agent_runs (run_group)",
            "CREATE TABLE agent_tests (id INTEGER PRIMARY KEY AUTOINCREMENT, test_key TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, " +
                "display_name TEXT NOT NULL, test_type TEXT NOT NULL, agent_name TEXT, input_text TEXT, source_file TEXT, " +
                "first_seen_at TEXT NOT NULL, last_seen_at TEXT NOT NULL)",
            "CREATE INDEX ix_agent_tests_full_name ON agent_tests (full_name)",
            "CREATE TABLE agent_test_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES agent_runs (id), " +
                "test_id INTEGER NOT NULL REFERENCES agent_tests (id), status TEXT NOT NULL, agent_name TEXT, agent_model TEXT, " +
                "input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, total_tokens INTEGER NOT NULL, llm_calls INTEGER NOT NULL, " +
                "tool_calls INTEGER NOT NULL, duration_ms REAL NOT NULL, attempt INTEGER NOT NULL, response_text TEXT, " +
                "validations_json TEXT NOT NULL, error_type TEXT, error_message TEXT, started_at TEXT NOT NULL, completed_at TEXT NOT NULL)",
            "CREATE INDEX ix_agent_test_runs_test ON agent_test_runs (test_id, id)",
            "CREATE INDEX ix_agent_test_runs_run ON agent_test_runs (run_id)",
            "CREATE TABLE agent_benchmarks (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, first_seen_at TEXT NOT NULL, " +
                "last_seen_at TEXT NOT NULL)",
            "CREATE TABLE agent_benchmark_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES agent_runs (id), " +
                "benchmark_id INTEGER NOT NULL REFERENCES agent_benchmarks (id), agents TEXT NOT NULL, baseline TEXT, tasks INTEGER NOT NULL, " +
                "iterations INTEGER NOT NULL, success_rate REAL NOT NULL, mean_duration_ms REAL NOT NULL, mean_tokens REAL NOT NULL, " +
                "winner TEXT, was_cancelled INTEGER NOT NULL, started_at TEXT NOT NULL, completed_at TEXT NOT NULL, run_json TEXT NOT NULL)",
            "CREATE INDEX ix_agent_benchmark_runs_benchmark ON agent_benchmark_runs (benchmark_id, id)",
            "CREATE INDEX ix_agent_benchmark_runs_run ON agent_benchmark_runs (run_id)",
        ]),
        new(2, "Flaky marks and named baselines",
        [
            "ALTER TABLE agent_test_runs ADD COLUMN is_flaky INTEGER NOT NULL DEFAULT 0",
            "CREATE TABLE agent_baselines (name TEXT PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES agent_runs (id), created_at TEXT NOT NULL)",
            "CREATE INDEX ix_agent_test_runs_baseline ON agent_test_runs (test_id, status, id)",
        ]),
        new(3, "Run totals from the index alone",
        [
            "CREATE INDEX ix_agent_test_runs_run_totals ON agent_test_runs (run_id, status, is_flaky)",
            "DROP INDEX ix_agent_test_runs_run",
        ]),
        new(4, "The conversation of multi-turn tests",
        [
            "ALTER TABLE agent_test_runs ADD COLUMN conversation_json TEXT",
        ]),
        // SQLite cannot drop NOT NULL from a column: the table is copied into one that allows NULL. Rows recorded before keep
        // their figures (a 0 there may have meant "not reported"; it cannot be told apart any more).
        new(5, "Token and call counts that were not reported are NULL, not 0",
        [
            "CREATE TABLE agent_test_runs_v5 (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES agent_runs (id), " +
                "test_id INTEGER NOT NULL REFERENCES agent_tests (id), status TEXT NOT NULL, agent_name TEXT, agent_model TEXT, " +
                "input_tokens INTEGER, output_tokens INTEGER, total_tokens INTEGER, llm_calls INTEGER, " +
                "tool_calls INTEGER, duration_ms REAL NOT NULL, attempt INTEGER NOT NULL, response_text TEXT, " +
                "validations_json TEXT NOT NULL, error_type TEXT, error_message TEXT, started_at TEXT NOT NULL, completed_at TEXT NOT NULL, " +
                "is_flaky INTEGER NOT NULL DEFAULT 0, conversation_json TEXT)",
            "INSERT INTO agent_test_runs_v5 (id, run_id, test_id, status, agent_name, agent_model, input_tokens, output_tokens, total_tokens, llm_calls, tool_calls, duration_ms, attempt, response_text, validations_json, error_type, error_message, started_at, completed_at, is_flaky, conversation_json) SELECT id, run_id, test_id, status, agent_name, agent_model, input_tokens, output_tokens, total_tokens, llm_calls, tool_calls, duration_ms, attempt, response_text, validations_json, error_type, error_message, started_at, completed_at, is_flaky, conversation_json FROM agent_test_runs",
            "DROP TABLE agent_test_runs",
            "ALTER TABLE agent_test_runs_v5 RENAME TO agent_test_runs",
            "CREATE INDEX ix_agent_test_runs_test ON agent_test_runs (test_id, id)",
            "CREATE INDEX ix_agent_test_runs_baseline ON agent_test_runs (test_id, status, id)",
            "CREATE INDEX ix_agent_test_runs_run_totals ON agent_test_runs (run_id, status, is_flaky)",
        ]),
        new(6, "Definitions, registered agents and run requests of the REST server",
        [
            "CREATE TABLE agent_definitions (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL, " +
                "body_json TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (kind, name, version))",
            "CREATE TABLE agent_run_requests (run_id INTEGER PRIMARY KEY REFERENCES agent_runs (id), kind TEXT NOT NULL, target TEXT NOT NULL, " +
                "definition_version INTEGER, agent_name TEXT, trigger_text TEXT, status TEXT NOT NULL, requested_at TEXT NOT NULL, started_at TEXT, " +
                "completed_at TEXT, owner TEXT, lease_expires_at TEXT, cancel_requested INTEGER NOT NULL DEFAULT 0, result_json TEXT, error TEXT)",
            "CREATE INDEX ix_agent_run_requests_status ON agent_run_requests (status, run_id)",
            "CREATE INDEX ix_agent_run_requests_target ON agent_run_requests (kind, target, run_id)",
        ]),
        new(7, "Benchmark iterations recorded one by one, so that a stopped benchmark can resume",
        [
            "CREATE TABLE agent_benchmark_iterations (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL REFERENCES agent_runs (id), " +
                "benchmark TEXT NOT NULL, plan TEXT NOT NULL, agent TEXT NOT NULL, task TEXT NOT NULL, iteration INTEGER NOT NULL, " +
                "status TEXT NOT NULL, iteration_json TEXT NOT NULL, UNIQUE (run_id, benchmark, agent, task, iteration))",
            "CREATE INDEX ix_agent_benchmark_iterations_benchmark ON agent_benchmark_iterations (benchmark, run_id)",
        ]),
        new(8, "The security probe of each probe case, for the summary of what each agent resisted",
        [
            "ALTER TABLE agent_test_runs ADD COLUMN probe_id TEXT",
            "ALTER TABLE agent_test_runs ADD COLUMN probe_category TEXT",
        ]),
    ];
}
