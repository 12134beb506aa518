using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AgentGym.Validation;

/// <summary>
/// A judge model's verdict, read from its reply: the first JSON object with a <c>score</c> from 0 to 1, wherever it sits
/// (bare, in a code fence, or after some words), and its <c>reasoning</c>.
/// </summary>
/// <param name="Score">The score, from 0 to 1.</param>
/// <param name="Reasoning">Why the judge gave that score.</param>
internal sealed record JudgeVerdict(double Score, string Reasoning)
{
    private static readonly string[] ReasoningNames = ["reasoning", "reason", "explanation", "rationale"];
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads a verdict from the judge's reply.</summary>
    /// <param name="reply">The reply text.</param>
    /// <param name="verdict">The verdict, when one was found.</param>
    /// <param name="problem">Why no verdict could be read, when none was found.</param>
    /// <returns>Whether a verdict was found.</returns>
    public static bool TryParse(string? reply, out JudgeVerdict? verdict, out string problem)
    {
        verdict = null;
        problem = "the reply is empty";
        if (string.IsNullOrWhiteSpace(reply))
            return false;

        problem = "the reply holds no JSON object";
        var bytes = Encoding.UTF8.GetBytes(reply);
        for (var start = Array.IndexOf(bytes, (byte)'{'); start >= 0; start = Array.IndexOf(bytes, (byte)'{', start + 1))
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(start), ReaderOptions);
            JsonDocument? document;
            try
            {
                if (!JsonDocument.TryParseValue(ref reader, out document))
                    continue;
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                if (Read(document.RootElement, out verdict, out var objectProblem))
                    return true;
                problem = objectProblem;
            }
        }

        return false;
    }

    private static bool Read(JsonElement root, out JudgeVerdict? verdict, out string problem)
    {
        verdict = null;
        if (!TryGet(root, ["score"], out var scoreElement))
        {
            problem = "its JSON object has no \"score\"";
            return false;
        }

        double score;
        if (scoreElement.ValueKind == JsonValueKind.Number)
            score = scoreElement.GetDouble();
        else if (scoreElement.ValueKind != JsonValueKind.String || !double.TryParse(scoreElement.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out score))
        {
            problem = $"its \"score\" is {scoreElement.GetRawText()}, not a number";
            return false;
        }

        if (double.IsNaN(score) || score < 0 || score > 1)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"its \"score\" is {score}, outside 0 to 1");
            return false;
        }

        var reasoning = TryGet(root, ReasoningNames, out var reasoningElement)
            ? reasoningElement.ValueKind == JsonValueKind.String ? reasoningElement.GetString()! : reasoningElement.GetRawText()
            : "(the judge gave no reasoning)";
        verdict = new JudgeVerdict(score, reasoning);
        problem = string.Empty;
        return true;
    }

    private static bool TryGet(JsonElement root, string[] names, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
