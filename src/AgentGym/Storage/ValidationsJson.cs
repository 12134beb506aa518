using System.Text;
using System.Text.Json;
using AgentGym.Validation;

namespace AgentGym.Sdk;

/// <summary>
/// The verdicts of a test result as the store keeps them (<c>agent_test_runs.validations_json</c>): a list of
/// <c>{"validator", "passed", "message"}</c> objects. Written field by field, so that the first result a process records does
/// not pay for the serializer's reflection.
/// </summary>
internal static class ValidationsJson
{
    /// <summary>Writes the verdicts.</summary>
    /// <param name="validations">The verdicts, in the order they were made.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(IEnumerable<ValidationResult> validations)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var verdict in validations)
            {
                writer.WriteStartObject();
                writer.WriteString("validator", verdict.Validator);
                writer.WriteBoolean("passed", verdict.Passed);
                writer.WriteString("message", verdict.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
