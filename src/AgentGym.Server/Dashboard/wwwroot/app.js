// AgentGym dashboard: hash routes over the REST API. Every text from the store (agent output, messages, names) goes in with
// textContent, never as HTML.
"use strict";
(function () {
  const API = "/api/agent-gym";
  const view = document.getElementById("view");
  const keyInput = document.getElementById("api-key");
  const charts = window.AgentGymCharts;
  let timer = null;

  keyInput.value = sessionStorage.getItem("agentgym-key") || "";
  keyInput.addEventListener("change", () => sessionStorage.setItem("agentgym-key", keyInput.value.trim()));
  document.getElementById("key-form").addEventListener("submit", e => e.preventDefault());

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null) continue;
      if (name === "onclick") node.addEventListener("click", value);
      else if (name === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(name, String(value));
    }
    for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child === undefined || child === null ? "" : String(child)));
    return node;
  }

  const status = s => el("span", { class: "status", "data-status": s }, s);
  const when = t => t ? new Date(t).toLocaleString() : "";
  const ms = v => `${Math.round(v)} ms`;
  const link = (href, text) => el("a", { href }, text);
  const enc = encodeURIComponent;

  async function api(path, options = {}) {
    const headers = { "Accept": "application/json" };
    const key = keyInput.value.trim();
    if (key) headers["X-API-Key"] = key;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(API + path, { method: options.method || "GET", headers, body: options.body });
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error(body && (body.detail || body.title) || `${response.status} ${response.statusText}`);
    return body;
  }

  function show(...nodes) {
    view.replaceChildren(...nodes.flat(Infinity).map(n => n instanceof Node ? n : document.createTextNode(String(n))));
  }

  function refreshIn(ms, route) {
    clearTimeout(timer);
    timer = setTimeout(() => { if (location.hash === route) render(); }, ms);
  }

  async function startRun(path, button) {
    button.disabled = true;
    try {
      const accepted = await api(path, { method: "POST" });
      location.hash = `#/run/${accepted.runId}`;
    } catch (e) {
      button.after(el("span", { class: "error" }, " " + e.message));
      button.disabled = false;
    }
  }

  async function runsView(route) {
    const runs = await api("/runs?limit=50");
    const rows = runs.map(r => el("tr", { dataset: { runId: r.runId } },
      el("td", {}, link(`#/run/${r.runId}`, `#${r.runId}`)),
      el("td", {}, r.kind),
      el("td", {}, r.target ? link(r.kind === "benchmark" ? `#/benchmark/${enc(r.target)}` : `#/test/${enc(r.target)}`, r.target) : (r.source || "")),
      el("td", {}, status(r.status)),
      el("td", {}, when(r.startedAt || r.requestedAt)),
      el("td", { class: "num" }, r.passed), el("td", { class: "num" }, r.failed), el("td", { class: "num" }, r.flaky)));
    show(el("h1", {}, "Recent runs"),
      el("table", { id: "runs" }, el("tr", {}, ...["Run", "Kind", "What", "Status", "Started", "Passed", "Failed", "Flaky"].map(h => el("th", {}, h))), rows));
    refreshIn(runs.some(r => r.status === "pending" || r.status === "running") ? 1000 : 4000, route);
  }

  async function testsView() {
    const tests = await api("/tests");
    show(el("h1", {}, "Tests"), el("table", { id: "tests" },
      el("tr", {}, ...["Test", "Type", "Agent", "Source", "Last", "Results", ""].map(h => el("th", {}, h))),
      tests.map(t => el("tr", {},
        el("td", {}, link(`#/test/${enc(t.id)}`, t.name)), el("td", {}, t.type), el("td", {}, t.agent || ""), el("td", {}, t.source),
        el("td", {}, t.lastStatus ? status(t.lastStatus) : ""), el("td", { class: "num" }, t.results),
        el("td", {}, t.runnable ? el("button", { onclick: e => startRun(`/tests/${enc(t.id)}/run`, e.target) }, "Run") : "")))));
  }

  async function testView(id, route) {
    const [test, runs] = await Promise.all([api(`/tests/${enc(id)}`), api(`/tests/${enc(id)}/runs`)]);
    const results = runs.results.slice().reverse();
    let passed = 0;
    const points = results.map((r, i) => ({ x: `#${r.runId}`, r, rate: (passed += r.status === "passed" ? 1 : 0) / (i + 1) }));
    const active = runs.requests.some(r => r.status === "pending" || r.status === "running");
    show(el("h1", {}, test.name),
      el("p", { class: "muted" }, `${test.type} test · agent ${test.agent || "(default)"} · ${test.source}${test.version ? " · version " + test.version : ""}`),
      test.runnable ? el("button", { class: "primary", id: "run-test", onclick: e => startRun(`/tests/${enc(id)}/run`, e.target) }, "Run now") : el("p", { class: "muted" }, "Recorded only: serve its project to run it."),
      el("h2", {}, "Trend"),
      el("div", { class: "charts", id: "trend" },
        charts.line("Pass rate", "share of results passed so far, oldest to newest", "pass-rate", points.map(p => ({ x: p.x, y: p.rate }))),
        charts.line("Duration", "milliseconds of the deciding attempt", "duration", points.map(p => ({ x: p.x, y: p.r.durationMs }))),
        charts.line("Tokens", "total tokens of the deciding attempt (results without reported usage are left out)", "tokens", points.filter(p => p.r.totalTokens !== null).map(p => ({ x: p.x, y: p.r.totalTokens })))),
      el("h2", {}, "Runs"),
      el("table", { id: "history" }, el("tr", {}, ...["Run", "Status", "When", "Duration", "Tokens", "Flaky"].map(h => el("th", {}, h))),
        runs.requests.filter(r => r.status === "pending" || r.status === "running").map(r => el("tr", {}, el("td", {}, link(`#/run/${r.runId}`, `#${r.runId}`)), el("td", {}, status(r.status)), el("td", {}, when(r.requestedAt)), el("td"), el("td"), el("td"))),
        runs.results.map(r => el("tr", {}, el("td", {}, link(`#/run/${r.runId}`, `#${r.runId}`)), el("td", {}, status(r.status)), el("td", {}, when(r.startedAt)),
          el("td", { class: "num" }, ms(r.durationMs)), el("td", { class: "num" }, r.totalTokens), el("td", {}, r.isFlaky ? "flaky" : "")))),
      test.definition ? [el("h2", {}, "Definition"), el("pre", { class: "text" }, JSON.stringify(test.definition, null, 2))] : []);
    if (active) refreshIn(1000, route);
  }

  function verdicts(result) {
    return el("ul", { class: "verdicts", id: `verdicts-${result.id}` },
      (result.validations || []).map(v => el("li", { class: v.passed ? "pass" : "fail" }, `${v.passed ? "PASS" : "FAIL"} ${v.validator}: ${v.message}`)),
      result.errorMessage ? el("li", { class: "fail" }, `${result.errorType || "Error"}: ${result.errorMessage}`) : []);
  }

  // The transcript of a multi-turn test: each turn's user message, tool calls, answer and verdicts, all as text.
  function conversation(result) {
    const c = result.conversation;
    if (!c || !Array.isArray(c.turns) || !c.turns.length) return [];
    const count = v => v === null || v === undefined ? "not reported" : v;
    return el("section", { class: "conversation", id: `conversation-${result.id}` },
      el("h4", {}, `Conversation: ${c.turns.length} turn(s)${c.end ? " · " + c.end : ""}`),
      c.turns.map(t => el("div", { class: "turn", dataset: { turn: t.turn } },
        el("p", { class: "muted" }, `Turn ${t.turn} · ${ms((t.metrics && t.metrics.duration_ms) || 0)} · tokens ${count(t.metrics && t.metrics.total_tokens)} · LLM calls ${count(t.metrics && t.metrics.llm_calls)} · tool calls ${count(t.metrics && t.metrics.tool_calls)}`),
        el("p", { class: "user" }, el("b", {}, t.simulated ? "user (simulated): " : "user: "), t.user || ""),
        (t.tool_calls || []).map(call => el("p", { class: "tool" }, `tool call: ${call.name}(${call.arguments ? JSON.stringify(call.arguments) : ""})`)),
        el("p", { class: "agent" }, el("b", {}, "agent: "), t.agent === null || t.agent === undefined ? "(no answer)" : t.agent),
        (t.validations || []).length ? el("ul", { class: "verdicts" }, t.validations.map(v => el("li", { class: v.passed ? "pass" : "fail" }, `${v.passed ? "PASS" : "FAIL"} ${v.validator}: ${v.message}`))) : [])));
  }

  async function runView(runId, route) {
    const detail = await api(`/runs/${runId}`);
    const run = detail.run;
    const failed = detail.tests.filter(t => t.isFailure);
    show(el("h1", {}, `Run #${run.runId} `, status(run.status)),
      el("p", { class: "muted" }, `${run.kind}${run.target ? " · " + run.target : ""}${run.definitionVersion ? " · definition version " + run.definitionVersion : ""}${run.trigger ? " · started by " + run.trigger : ""} · ${when(run.startedAt || run.requestedAt)}`),
      run.error ? el("p", { class: "error" }, run.error) : [],
      (run.status === "pending" || run.status === "running") ? el("button", { onclick: async e => { e.target.disabled = true; await api(`/runs/${runId}/cancel`, { method: "POST" }).catch(x => alert(x.message)); render(); } }, "Cancel") : [],
      detail.tests.length ? [el("h2", {}, "Tests"), el("table", { id: "results" },
        el("tr", {}, ...["Test", "Status", "Agent", "Duration", "Tokens", "LLM calls", "Tool calls", ""].map(h => el("th", {}, h))),
        detail.tests.map(t => el("tr", {},
          el("td", {}, link(`#/test/${enc(t.testId)}`, t.displayName)), el("td", {}, status(t.status)), el("td", {}, t.agentName || ""),
          el("td", { class: "num" }, ms(t.durationMs)), el("td", { class: "num" }, t.totalTokens), el("td", { class: "num" }, t.llmCalls), el("td", { class: "num" }, t.toolCalls),
          el("td", {}, t.isFailure ? link(`#/run/${runId}/verdicts/${t.id}`, "why") : ""))))] : [],
      failed.length ? [el("h2", {}, "Failures and their validator messages"), failed.map(t => el("section", { id: `failure-${t.id}` }, el("h3", {}, t.displayName), verdicts(t),
        t.responseText ? el("pre", { class: "text" }, t.responseText) : [], conversation(t)))] : [],
      detail.tests.filter(t => !t.isFailure).length ? [el("h2", {}, "Verdicts of tests that did not fail"), detail.tests.filter(t => !t.isFailure).map(t => el("details", {}, el("summary", {}, t.displayName, " ", status(t.status)), verdicts(t), conversation(t)))] : [],
      detail.benchmarks.map(benchmarkResult));
    const target = location.hash.match(/\/verdicts\/(\d+)$/);
    if (target) document.getElementById(`verdicts-${target[1]}`)?.scrollIntoView();
    if (run.status === "pending" || run.status === "running") refreshIn(1000, route);
  }

  function benchmarkResult(b) {
    const report = b.report || {}, stats = report.agentStatistics || [];
    return el("section", { class: "benchmark" },
      el("h2", {}, `Benchmark ${b.name}`),
      el("p", { class: "muted" }, `${b.iterations} iterations · success ${Math.round(b.successRate * 100)}% · winner ${b.winner || "-"}${b.wasCancelled ? " · cancelled" : ""}`),
      el("div", { class: "charts" },
        charts.bars("Success rate per agent", "share of iterations every validator passed; grey is the baseline", "success", stats.map(s => ({ label: s.agent, value: s.success.successes / Math.max(1, s.success.trials), baseline: s.agent === b.baseline }))),
        charts.bars("Mean duration per agent", "milliseconds per iteration", "bench-duration", stats.map(s => ({ label: s.agent, value: s.durationMs.mean, baseline: s.agent === b.baseline }))),
        charts.bars("Mean tokens per agent", "total tokens per iteration", "bench-tokens", stats.map(s => ({ label: s.agent, value: s.totalTokens.mean, baseline: s.agent === b.baseline })))),
      el("table", {}, el("tr", {}, ...["Agent", "Compared with baseline"].map(h => el("th", {}, h))),
        (report.comparisons || []).map(c => el("tr", {}, el("td", {}, c.agent), el("td", {}, c.sentence)))));
  }

  async function benchmarksView() {
    const benchmarks = await api("/benchmarks");
    show(el("h1", {}, "Benchmarks"), el("table", { id: "benchmarks" },
      el("tr", {}, ...["Benchmark", "Source", "Runs", "Last run", ""].map(h => el("th", {}, h))),
      benchmarks.map(b => el("tr", {}, el("td", {}, link(`#/benchmark/${enc(b.name)}`, b.name)), el("td", {}, b.source), el("td", { class: "num" }, b.runs), el("td", {}, when(b.lastRunAt)),
        el("td", {}, b.runnable ? el("button", { onclick: e => startRun(`/benchmarks/${enc(b.name)}/run`, e.target) }, "Run") : "")))));
  }

  async function benchmarkView(name, route) {
    const [benchmark, runs] = await Promise.all([api(`/benchmarks/${enc(name)}`), api(`/benchmarks/${enc(name)}/runs`)]);
    const results = runs.results.slice().reverse();
    show(el("h1", {}, benchmark.name),
      benchmark.runnable ? el("button", { class: "primary", onclick: e => startRun(`/benchmarks/${enc(name)}/run`, e.target) }, "Run now") : [],
      el("div", { class: "charts" },
        charts.line("Success rate over runs", "share of iterations passed, per run", "bench-success-trend", results.map(r => ({ x: `#${r.runId}`, y: r.successRate }))),
        charts.line("Mean duration over runs", "milliseconds per iteration, per run", "bench-duration-trend", results.map(r => ({ x: `#${r.runId}`, y: r.meanDurationMs })))),
      runs.results.length ? benchmarkResult(runs.results[0]) : el("p", { class: "muted" }, "No run yet."),
      el("h2", {}, "Runs"),
      el("table", {}, el("tr", {}, ...["Run", "Status", "When"].map(h => el("th", {}, h))),
        runs.requests.map(r => el("tr", {}, el("td", {}, link(`#/run/${r.runId}`, `#${r.runId}`)), el("td", {}, status(r.status)), el("td", {}, when(r.requestedAt))))));
    if (runs.requests.some(r => r.status === "pending" || r.status === "running")) refreshIn(1000, route);
  }

  async function flakyView() {
    const runs = (await api("/runs?limit=50")).filter(r => r.flaky > 0).slice(0, 10);
    const details = await Promise.all(runs.map(r => api(`/runs/${r.runId}`)));
    const flaky = new Map();
    for (const d of details) for (const t of d.tests.filter(t => t.isFlaky)) if (!flaky.has(t.testId)) flaky.set(t.testId, t);
    show(el("h1", {}, "Flaky tests"),
      el("p", { class: "muted" }, "Tests whose recent results at one commit disagree (some passed, some did not)."),
      flaky.size ? el("table", { id: "flaky" }, el("tr", {}, ...["Test", "Last status", "Run"].map(h => el("th", {}, h))),
        [...flaky.values()].map(t => el("tr", {}, el("td", {}, link(`#/test/${enc(t.testId)}`, t.displayName)), el("td", {}, status(t.status)), el("td", {}, link(`#/run/${t.runId}`, `#${t.runId}`)))))
        : el("p", {}, "No flaky test in the last 50 runs."));
  }

  async function compareView(a, b) {
    const runs = await api("/runs?limit=50");
    const pick = (id, selected) => el("select", { id }, runs.map(r => { const o = el("option", { value: r.runId }, `#${r.runId} ${r.target || r.source || r.kind} (${r.status})`); o.selected = String(r.runId) === String(selected); return o; }));
    const left = pick("left", a || (runs[1] && runs[1].runId)), right = pick("right", b || (runs[0] && runs[0].runId));
    const nodes = [el("h1", {}, "Compare two runs"), el("div", { class: "row" }, left, "with", right, el("button", { onclick: () => { location.hash = `#/compare/${left.value}/${right.value}`; } }, "Compare"))];
    if (a && b) {
      // The engine compares (the same rule as 'agentgym compare'); the page only shows it.
      const comparison = await api(`/runs/${enc(a)}/compare/${enc(b)}`);
      const changeClass = { NowFailing: "diff-now-failing", NowPassing: "diff-now-passing" };
      nodes.push(el("p", { id: "comparison-summary" }, comparison.summary),
        el("table", { id: "comparison" }, el("tr", {}, ...["Test", `#${a}`, `#${b}`, "Change", "Tokens", "Duration"].map(h => el("th", {}, h))),
        comparison.tests.map(t => {
          const x = t.before, y = t.after;
          return el("tr", {}, el("td", {}, link(`#/test/${enc(t.testId)}`, t.name)), el("td", {}, x ? status(x.status) : "-"), el("td", {}, y ? status(y.status) : "-"),
            el("td", { class: changeClass[t.change] || "" }, t.changeText),
            el("td", { class: "num" }, x && y ? `${x.totalTokens ?? "not reported"} -> ${y.totalTokens ?? "not reported"} (${t.tokensChange})` : "-"),
            el("td", { class: "num" }, x && y ? `${ms(x.durationMs)} -> ${ms(y.durationMs)} (${t.durationChange})` : "-"));
        })));
    }
    show(...nodes);
  }

  async function render() {
    clearTimeout(timer);
    const route = location.hash || "#/";
    const parts = route.slice(2).split("/").map(decodeURIComponent);
    try {
      if (parts[0] === "" ) await runsView(route);
      else if (parts[0] === "tests") await testsView();
      else if (parts[0] === "test") await testView(parts[1], route);
      else if (parts[0] === "run") await runView(parts[1], route);
      else if (parts[0] === "benchmarks") await benchmarksView();
      else if (parts[0] === "benchmark") await benchmarkView(parts[1], route);
      else if (parts[0] === "flaky") await flakyView();
      else if (parts[0] === "compare") await compareView(parts[1], parts[2]);
      else show(el("p", {}, "Unknown page."));
    } catch (e) {
      show(el("p", { class: "error" }, e.message));
    }
  }

  window.addEventListener("hashchange", render);
  render();
})();
