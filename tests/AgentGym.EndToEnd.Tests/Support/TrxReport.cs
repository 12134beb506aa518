using System.Xml.Linq;

namespace AgentGym.EndToEnd.Tests.Support;

/// <summary>Reads the results of a TRX file written by <c>dotnet test --logger trx</c>.</summary>
public static class TrxReport
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    /// <summary>Loads every result, each with the executor of its test definition.</summary>
    public static IReadOnlyList<TrxResult> Load(string path)
    {
        var document = XDocument.Load(path);
        var adapters = document.Descendants(Trx + "UnitTest").ToDictionary(
            t => (string)t.Attribute("id")!,
            t => (string?)t.Element(Trx + "TestMethod")?.Attribute("adapterTypeName") ?? string.Empty);
        return [.. document.Descendants(Trx + "UnitTestResult").Select(r => new TrxResult(
            (string)r.Attribute("testId")!,
            (string)r.Attribute("testName")!,
            (string)r.Attribute("outcome")!,
            adapters.GetValueOrDefault((string)r.Attribute("testId")!, string.Empty),
            (string?)r.Element(Trx + "Output")?.Element(Trx + "StdOut") ?? string.Empty,
            (string?)r.Element(Trx + "Output")?.Element(Trx + "ErrorInfo")?.Element(Trx + "Message")))];
    }
}
