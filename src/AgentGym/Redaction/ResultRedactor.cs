using System.Globalization;
using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Configuration;
using AgentGym.Recording;
using AgentGym.Redaction;
using AgentGym.Results;
using Microsoft.Extensions.AI;

namespace AgentGym.Sdk;

/// <summary>
/// What of a result may leave the process: every text of it (response, tool calls, validator messages, errors, stack
/// traces, test output) with secrets redacted by the run's <see cref="Redactor"/>, and the response text and test output
/// cut to <see cref="AgentGymOptions.MaxResponseTextLength"/> with a note of the cap and the full length. The engine
/// applies it to every result before any listener, reporter or store sees it; validators judged the whole text before.
/// </summary>
public sealed class ResultRedactor
{
    // Secrets are redacted in a little more than what is kept, so that a key that straddles the cut is not half shown.
    private const int CutMargin = 512;

    // Stored JSON keeps its letters as they were written (no \u escapes for accents), as the store wrote it.
    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly RedactionOptions _options;
    private readonly RunSecrets _secrets;
    private Redactor _redactor;
    private int _secretsVersion;

    /// <summary>Creates the policy of a run.</summary>
    /// <param name="options">The run's options: <see cref="AgentGymOptions.Redaction"/> and <see cref="AgentGymOptions.MaxResponseTextLength"/>.</param>
    /// <param name="secrets">The secret values that agents read, or <see langword="null"/>.</param>
    public ResultRedactor(AgentGymOptions options, RunSecrets? secrets = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Redaction.Clone();
        _secrets = secrets ?? new RunSecrets();
        MaxTextLength = options.MaxResponseTextLength;
        _secretsVersion = _secrets.Version;
        _redactor = new Redactor(_options, _secrets.Values);
    }

    /// <summary>Gets how many characters of a response text and of a test's output are kept.</summary>
    public int MaxTextLength { get; }

    /// <summary>Redacts the secrets in a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without secrets.</returns>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Current.Redact(text);
    }

    /// <summary>Redacts secrets in a text and cuts it to <see cref="MaxTextLength"/>, saying so at the end.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to keep.</returns>
    public string RedactAndCap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxTextLength)
            return Redact(text);
        var kept = Redact(text[..Math.Min(text.Length, MaxTextLength + CutMargin)]);
        return string.Concat(kept.AsSpan(0, Math.Min(kept.Length, MaxTextLength)),
            string.Create(CultureInfo.InvariantCulture, $"… [cut at {MaxTextLength:N0} of {text.Length:N0} characters; MaxResponseTextLength sets the cap]"));
    }

    /// <summary>Applies the policy to a test result and each of its attempts.</summary>
    /// <param name="run">The result.</param>
    /// <returns>A copy without secrets, with texts capped.</returns>
    public AgentTestRun Apply(AgentTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with
        {
            Validations = [.. run.Validations.Select(Apply)],
            Error = Apply(run.Error),
            SkipReason = run.SkipReason is null ? null : Redact(run.SkipReason),
            Attempts = [.. run.Attempts.Select(Apply)],
            Output = RedactAndCap(run.Output),
        };
    }

    /// <summary>Applies the policy to one attempt.</summary>
    /// <param name="attempt">The attempt.</param>
    /// <returns>A copy without secrets, with the response text capped.</returns>
    public AgentTestAttempt Apply(AgentTestAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return attempt with
        {
            Validations = [.. attempt.Validations.Select(Apply)],
            Error = Apply(attempt.Error),
            Response = attempt.Response is { } response ? Apply(response) : null,
        };
    }

    /// <summary>
    /// Applies the policy to a result read back from the store, before it leaves the process again (the command line, reports,
    /// the server's API): a result recorded before a secret was configured, or by an older version, shows without it.
    /// </summary>
    /// <param name="run">The stored result.</param>
    /// <returns>A copy without secrets, with the response text capped.</returns>
    public StoredTestRun Apply(StoredTestRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with
        {
            DisplayName = Redact(run.DisplayName),
            ResponseText = run.ResponseText is null ? null : RedactAndCap(run.ResponseText),
            ValidationsJson = RedactJson(run.ValidationsJson),
            ConversationJson = run.ConversationJson is null ? null : RedactJson(run.ConversationJson),
            ErrorMessage = run.ErrorMessage is null ? null : Redact(run.ErrorMessage),
        };
    }

    /// <summary>Applies the policy to a benchmark run read back from the store.</summary>
    /// <param name="run">The stored benchmark run.</param>
    /// <returns>A copy whose JSON holds no secrets.</returns>
    public StoredBenchmarkRun Apply(StoredBenchmarkRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run with { Record = run.Record with { Json = RedactJson(run.Record.Json) } };
    }

    private string RedactJson(string json)
    {
        // Most stored JSON holds no secret: it is returned as it was written.
        if (string.Equals(Redact(json), json, StringComparison.Ordinal))
            return json;
        System.Text.Json.Nodes.JsonNode? node;
        try
        {
            node = System.Text.Json.Nodes.JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return Redact(json);
        }

        return Current.Redact(node)?.ToJsonString(RelaxedJson) ?? json;
    }

    private Redactor Current
    {
        get
        {
            // Agents may read a secret the first time they run: take in values added since the last result.
            var version = _secrets.Version;
            if (version != Volatile.Read(ref _secretsVersion))
            {
                Volatile.Write(ref _redactor, new Redactor(_options, _secrets.Values));
                Volatile.Write(ref _secretsVersion, version);
            }

            return Volatile.Read(ref _redactor);
        }
    }

    private Validation.ValidationResult Apply(Validation.ValidationResult result) => result with { Message = Redact(result.Message) };

    private ErrorInfo? Apply(ErrorInfo? error) => error is null ? null : error with
    {
        Message = Redact(error.Message),
        StackTrace = error.StackTrace is null ? null : Redact(error.StackTrace),
    };

    private AgentResponse Apply(AgentResponse response) => new(RedactAndCap(response.Text))
    {
        Output = response.Output is { } output ? Apply(output) : null,
        ToolCalls = [.. response.ToolCalls.Select(c => c with
        {
            Arguments = c.Arguments?.ToDictionary(a => a.Key, a => Apply(a.Value), StringComparer.Ordinal),
            Result = Apply(c.Result),
        })],
        Usage = response.Usage,
        Messages = [.. response.Messages.Select(Apply)],
    };

    private ChatMessage Apply(ChatMessage message) => new(message.Role, [.. message.Contents.Select(c => c is TextContent text ? new TextContent(RedactAndCap(text.Text ?? string.Empty)) : c)])
    {
        AuthorName = message.AuthorName,
        MessageId = message.MessageId,
    };

    private object? Apply(object? value) => value switch
    {
        string text => RedactAndCap(text),
        JsonElement element => Apply(element),
        _ => value,
    };

    private JsonElement Apply(JsonElement element)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText());
        return JsonSerializer.SerializeToElement(Current.Redact(node));
    }
}
