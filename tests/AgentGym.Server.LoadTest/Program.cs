using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using AgentGym.Sdk;
using AgentGym.Server.Api;
using AgentGym.Server.Catalog;
using AgentGym.Server.Hosting;
using AgentGym.Server.LoadTest;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Holds a fixed rate of run requests against a server on loopback for a while (open loop: each request is sent at its
// scheduled time, whatever the earlier ones are doing), then waits for every accepted run to reach a final status, and checks
// that every accepted run is in the store, ended, and (when it passed) has its result recorded. Prints the load average of the
// machine while it ran, since the client, the server and its agent share the machine with whatever else runs on it.
// Usage: dotnet run -c Release --project tests/AgentGym.Server.LoadTest -- [--rate 200] [--seconds 60] [--store file-or-connection]
var rate = Argument("--rate", 200);
var seconds = Argument("--seconds", 60);
var folder = Path.Combine(Path.GetTempPath(), "agentgym-load-" + Guid.NewGuid().ToString("N"));
var store = ArgumentText("--store") ?? Path.Combine(folder, "results.db");
const string Key = "load-test-key";

await using var agent = await FastAgent.StartAsync();
var options = new AgentGymServerOptions { Store = store, RunRequestsPerSecond = rate * 10, MaxQueuedRuns = rate * seconds * 2 };
options.ApiKeys.Add(Key);
await using var app = AgentGymServerHost.Build(options, "http://127.0.0.1:0");
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
Check(await client.PostAsJsonAsync("/api/agent-gym/agents", new { name = "fast", kind = "http", endpoint = agent.Endpoint.ToString() }));
Check(await client.PostAsync("/api/agent-gym/tests", new StringContent(
    """{ "name": "load", "agent": "fast", "input": "Refund order 42", "validation_rules": [ { "contains": "refunded" } ] }""", Encoding.UTF8, "application/json")));

Console.WriteLine($"Sending {rate} run requests per second for {seconds} s to {address} (store {store}) ...");
var total = rate * seconds;
var latencies = new double[total];
var statuses = new HttpStatusCode[total];
var runIds = new long[total];
var sends = new Task[total];
var loads = new List<double> { LoadAverage() };
using var sampling = new CancellationTokenSource();
var sampler = Task.Run(async () =>
{
    while (!sampling.IsCancellationRequested)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), sampling.Token).ContinueWith(_ => { });
        lock (loads)
            loads.Add(LoadAverage());
    }
});
var clock = Stopwatch.StartNew();
for (var i = 0; i < total; i++)
{
    var due = TimeSpan.FromSeconds((double)i / rate);
    if (due > clock.Elapsed)
        await Task.Delay(due - clock.Elapsed);
    var index = i;
    sends[i] = Task.Run(async () =>
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await client.PostAsync("/api/agent-gym/tests/load/run", null);
        latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        statuses[index] = response.StatusCode;
        if (response.StatusCode == HttpStatusCode.Accepted)
            runIds[index] = (await response.Content.ReadFromJsonAsync<RunAccepted>())!.RunId;
    });
}

await Task.WhenAll(sends);
var sendSeconds = clock.Elapsed.TotalSeconds;
await sampling.CancelAsync();
await sampler;
var accepted = runIds.Where(id => id > 0).ToHashSet();
var served = app.Services.GetRequiredService<ServerStore>();
var drain = Stopwatch.StartNew();
int waiting;
while ((waiting = served.Requests.ListRunRequests(RunKinds.Test, "load", total + 10).Count(r => !RunRequestStatus.IsFinal(r.Status))) > 0 && drain.Elapsed < TimeSpan.FromMinutes(10))
    await Task.Delay(500);
var drained = drain.Elapsed;

// Lost: accepted but not in the store, or ended without its result. Stuck: still pending or running after the drain.
var requests = served.Requests.ListRunRequests(RunKinds.Test, "load", total + 10).ToDictionary(r => r.RunId);
var results = served.Results.GetTestHistory("load", 2 * total).GroupBy(r => r.RunId).ToDictionary(g => g.Key, g => g.Count());
var missing = accepted.Count(id => !requests.ContainsKey(id));
var stuck = accepted.Count(id => requests.TryGetValue(id, out var r) && !RunRequestStatus.IsFinal(r.Status));
var withoutResult = accepted.Count(id => requests.TryGetValue(id, out var r) && r.Status == "passed" && results.GetValueOrDefault(id) != 1);
var final = requests.Values.Where(r => accepted.Contains(r.RunId)).GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    machine       {Environment.ProcessorCount} cores; load average (1 min) {loads.Min():0.00} to {loads.Max():0.00}, mean {loads.Average():0.00} while sending
    requests      {total} in {sendSeconds:0.0} s ({total / sendSeconds:0} per second)
    answers       {string.Join(", ", statuses.GroupBy(s => s).Select(g => $"{(int)g.Key} x {g.Count()}"))}
    202 latency   p50 {Percentile(0.50):0.0} ms, p90 {Percentile(0.90):0.0} ms, p99 {Percentile(0.99):0.0} ms, max {sorted[^1]:0.0} ms
    runs          {string.Join(", ", final)}; the queue drained {drained.TotalSeconds:0.0} s after the last request
    lost          {missing} not in the store, {withoutResult} passed without their result; stuck {stuck}
    agent calls   {agent.Calls}
    """));
await app.StopAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (Directory.Exists(folder))
    Directory.Delete(folder, recursive: true);
return accepted.Count == total && missing == 0 && stuck == 0 && withoutResult == 0 ? 0 : 1;

int Argument(string name, int fallback) => ArgumentText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? ArgumentText(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

// The machine's load average over the last minute, where the system tells it (Linux); NaN elsewhere.
static double LoadAverage() =>
    File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

static void Check(HttpResponseMessage response)
{
    if (!response.IsSuccessStatusCode)
        throw new InvalidOperationException($"Setting up failed: {(int)response.StatusCode} {response.Content.ReadAsStringAsync().Result}");
}
