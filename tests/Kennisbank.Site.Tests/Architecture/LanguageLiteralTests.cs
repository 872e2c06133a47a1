using System.Text.RegularExpressions;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Architecture;

/// <summary>Languages are configuration (input/site.yml): no code or template names one. The only exceptions are the
/// defaults that load when a site has no configuration, and the compact nl/en form the assessment definitions are
/// written in.</summary>
public partial class LanguageLiteralTests
{
    static readonly string[] Allowed =
    [
        "src/Kennisbank.Site/Configuration/SiteConfig.cs",
        "src/Kennisbank.Assessments/Model/Text.cs",
    ];

    [GeneratedRegex("""(["'])(nl|en)\1""")]
    private static partial Regex LanguageLiteral();

    [Fact]
    public void No_file_under_src_or_theme_names_nl_or_en()
    {
        var offenders = new[] { "src", "theme" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !Allowed.Contains(f))
            .SelectMany(f => File.ReadLines(Path.Combine(Repository.Root, f)).Select((line, i) => (f, i + 1, line)))
            .Where(x => LanguageLiteral().IsMatch(x.line))
            .Select(x => $"{x.f}:{x.Item2}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_check_finds_a_language_literal() =>
        Assert.Matches(LanguageLiteral(), "var lang = \"nl\";");
}
