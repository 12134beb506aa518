using System.Text.Json;
using AgentGym.Agents;
using AgentGym.Discovery.Declarative;
using AgentGym.Metrics;
using AgentGym.Security;
using AgentGym.Validation;
using CsCheck;

namespace AgentGym.Tests.Properties;

/// <summary>
/// Random definitions and outputs never crash or hang the readers and validators: every bad input becomes a problem
/// that names where it is, or a verdict. Each property runs a bounded number of random cases (CsCheck).
/// </summary>
public sealed class DefinitionReaderProperties
{
    private const long Cases = 400;

    private static readonly DeclarativeTestFile File = new("t.agenttest.yaml", ".", "t.agenttest.yaml");

    private static readonly Gen<string> YamlText = Gen.OneOf<string>(
        "name", "input", "task", "context", "validation_rules", "regex", "contains", "json_schema", "expected_output", "timeout_seconds",
        "retries", "runs", "type", "tests", ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "\"", "'", "\n", "\n  ", "\n    ", "\t", " ",
        "#", "&a ", "*a", "!!str ", "!!int ", "|", ">", "---", "...", "~", "null", "true", "1e309", "-0", "0x1F", "\\", "\u00e9", "\ud83d\ude00",
        "\ud800", "\u0000", "%", "@", "`", "?", "<<: *a").Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> ProbeFileText = Gen.OneOf<string>(
        "format: 1\n", "set: s\n", "probes:\n", "  - ", "    ", "id: p1\n", "id: P 1\n", "category: LLM01\n", "category: LLM03\n",
        "category: [a]\n", "title: t\n", "task: x {{canary}}\n", "task: {a: b}\n", "delivery: tool_result\n", "delivery: 7\n",
        "injection: i\n", "payload: p\n", "encoding: base64\n", "encoding: {}\n", "expect: [no_tool_calls]\n", "expect: x\n",
        "budget: { max_tool_calls: 0 }\n", "budget: { max_tokens: a }\n", "budget: [1]\n", "unsafe_output: ['(unclosed']\n",
        "unsafe_output: 5\n", "description: d\n", "&a ", "*a", "- ", ": ", "\n", "[", "]", "{", "}", "~", "null", "1e309", "\t", "\u0000").Array[0, 30].Select(string.Concat);

    private static readonly Gen<string> JsonText = Gen.OneOf<string>(
        "{", "}", "[", "]", ",", ":", "\"name\"", "\"input\"", "\"tests\"", "\"$ref\"", "\"#\"", "\"#/definitions/a\"", "\"definitions\"",
        "\"a\"", "\"type\"", "\"object\"", "\"string\"", "\"properties\"", "\"items\"", "\"required\"", "\"pattern\"", "\"(a+)+$\"", "\"enum\"",
        "1", "-1", "1e400", "0.5", "true", "null", "\"\\ud800\"", " ", "\n", "/*", "*/", "\"minimum\"", "\"allOf\"", "\"not\"").Array[0, 40].Select(string.Concat);

    private static readonly Gen<string> Pattern = Gen.OneOf<string>(
        "a", "b", ".", "*", "+", "?", "(", ")", "[", "]", "{2,}", "{", "}", "|", "^", "$", "\\d", "\\", "(?<n>", "(?=", "(?!", "\\k<n>",
        "(a+)+", "(.*)*", "[^a]", "\\p{L}", "\\p{Nope}", "(?i)", "\\1", "\ud800").Array[0, 20].Select(string.Concat);

    private static readonly Gen<string> Output = Gen.OneOf(
        Gen.String,
        JsonText,
        Gen.OneOf<string>("a", "aaaa", "!", "{\"status\":\"ok\"}", "```json\n{}\n```", "\ud800", " ").Array[0, 60].Select(string.Concat));

    [Fact]
    public void Any_yaml_or_json_text_gives_tests_or_a_problem_with_a_line_never_an_exception() =>
        Gen.Select(YamlText, JsonText, Gen.Bool).Sample((yaml, json, asYaml) =>
        {
            var text = asYaml ? yaml : json;
            var content = DeclarativeFileContent.Parse(text, asYaml);
            if (content.Problem is { } problem)
            {
                Assert.NotNull(problem.Format(File.RelativePath));
                return;
            }

            foreach (var (test, field) in content.Tests)
            {
                Assert.All(DeclarativeTestReader.Read(test, field, File), d => Assert.NotNull(d.FullName));
            }
        }, iter: Cases);

    [Fact]
    public void Any_probe_file_text_gives_probes_or_a_problem_that_names_the_file() =>
        Gen.Select(ProbeFileText, Gen.Bool).Sample((text, asYaml) =>
        {
            try
            {
                Assert.NotNull(SecurityProbeCorpus.Parse(text, "p.probes.yaml", asYaml));
            }
            catch (ProbeFileException ex)
            {
                Assert.StartsWith("Probe file p.probes.yaml", ex.Message, StringComparison.Ordinal);
            }
        }, iter: Cases);

    [Fact]
    public void Any_pattern_is_a_validator_or_a_configuration_error_and_any_text_gets_a_verdict() =>
        Gen.Select(Pattern, Output).Sample((pattern, text) =>
        {
            RegexValidator validator;
            try
            {
                validator = new RegexValidator(pattern, timeout: TimeSpan.FromMilliseconds(20));
            }
            catch (ValidatorConfigurationException)
            {
                return;
            }

            Assert.NotNull(validator.Validate(new ValidationContext(new AgentResponse(text), AgentMetrics.Empty)).Message);
        }, iter: Cases);

    [Fact]
    public void Any_schema_is_a_validator_or_a_configuration_error_and_any_output_gets_a_verdict() =>
        Gen.Select(JsonText, Output).Sample((schema, output) =>
        {
            JsonSchemaValidator validator;
            try
            {
                validator = JsonSchemaValidator.FromJson(schema);
            }
            catch (ValidatorConfigurationException)
            {
                return;
            }

            Assert.NotNull(validator.Validate(new ValidationContext(new AgentResponse(output), AgentMetrics.Empty)).Message);
        }, iter: Cases);

    [Fact]
    public void Any_expected_output_judges_any_answer() =>
        Gen.Select(JsonText, Output).Sample((expected, output) =>
        {
            JsonElement element;
            try
            {
                element = JsonDocument.Parse(expected).RootElement.Clone();
            }
            catch (JsonException)
            {
                return;
            }

            var verdict = new ExpectedOutputValidator(element).ValidateAsync(new ValidationContext(new AgentResponse(output), AgentMetrics.Empty)).AsTask().GetAwaiter().GetResult();
            Assert.NotNull(verdict.Message);
        }, iter: Cases);
}
