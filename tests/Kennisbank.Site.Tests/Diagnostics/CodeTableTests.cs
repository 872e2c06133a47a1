using System.Reflection;
using System.Text.RegularExpressions;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Diagnostics;

/// <summary>One code table for the whole product, and docs/diagnostics.md explains every code in it.</summary>
public partial class CodeTableTests
{
    static IReadOnlyList<(string Name, string Code)> Codes =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (f.Name, (string)f.GetValue(null)!))];

    [GeneratedRegex(@"KB(\d{3})(?:[–-]KB(\d{3}))?")]
    private static partial Regex Mention();

    [Fact]
    public void Every_code_is_unique() => Assert.Equal(Codes.Count, Codes.Select(c => c.Code).Distinct().Count());

    [Fact]
    public void Every_code_is_explained_in_the_docs()
    {
        var documented = new HashSet<int>();
        foreach (Match m in Mention().Matches(File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"))))
        {
            var from = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var to = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
            for (var code = from; code <= to; code++) documented.Add(code);
        }
        var missing = Codes.Where(c => !documented.Contains(int.Parse(c.Code[2..], System.Globalization.CultureInfo.InvariantCulture)))
            .Select(c => $"{c.Code} ({c.Name})").ToList();

        Assert.Empty(missing);
    }
}
