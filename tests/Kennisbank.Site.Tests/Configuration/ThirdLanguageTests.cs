using System.Xml.Linq;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Configuration;

/// <summary>Adding a language is configuration, a strings file and content (docs/architecture.md, "Adding a language"):
/// the fixture site gets German (de) that way, and every place that lists languages follows, with no code changed.</summary>
public sealed class ThirdLanguageTests : IDisposable
{
    readonly TestSite site = new();
    readonly TempFolder theme = new();
    readonly BuildResult result;

    public ThirdLanguageTests()
    {
        site.Write("site.yml", """
            languages:
              - { code: nl, name: Nederlands }
              - { code: en, name: English, fallback: nl }
              - { code: de, name: Deutsch, fallback: en, required: false }
            default: nl
            """);
        site.Write("index.de.md", "---\ntitle: Testwissensdatenbank\ndescription: Eine kleine Seite.\nlayout: home\n---\n\nWillkommen.\n");
        site.Write("gids/index.de.md", "---\ntitle: Leitfaden\ndescription: Der Leitfaden.\norder: 1\nslug: leitfaden\n---\n\nText.\n");
        site.Write("gids/eerste.de.md", "---\ntitle: Erste Seite\ndescription: Die erste Seite.\norder: 1\nslug: erste\n---\n\nSiehe die [zweite Seite](tweede.md#details).\n\n## Anfang\n");
        CopyThemeWithGerman();
        result = site.Build(theme: theme.Path);
    }

    /// <summary>The real theme, plus a German strings file: every English text, with the ones this test reads translated.</summary>
    void CopyThemeWithGerman()
    {
        foreach (var file in Directory.EnumerateFiles(Repository.Theme, "*", SearchOption.AllDirectories)
                     .Where(f => f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || f.Contains($"{Path.DirectorySeparatorChar}strings{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var target = Path.Combine(theme.Path, Path.GetRelativePath(Repository.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var german = new Dictionary<string, string>
        {
            ["skip"] = "Zum Inhalt", ["lang.label"] = "Andere Sprachen", ["notfound.title"] = "Seite nicht gefunden",
            ["site.name"] = "Wissensdatenbank Städtepartnerschaften", ["language.de"] = "Deutsch", ["language.en"] = "Englisch",
            ["language.nl"] = "Niederländisch", ["fallback.notice"] = "Diese Seite ist noch nicht ins {0} übersetzt; hier steht der Text auf {1}.",
        };
        var lines = File.ReadAllLines(Path.Combine(Repository.Theme, "strings", "en.yml"))
            .Select(line => line.Split(':', 2)[0] is var key && german.TryGetValue(key, out var text) ? $"{key}: \"{text}\"" : line);
        var present = lines.Select(line => line.Split(':', 2)[0]).ToHashSet();
        File.WriteAllLines(Path.Combine(theme.Path, "strings", "de.yml"),
            lines.Concat(german.Where(g => !present.Contains(g.Key)).Select(g => $"{g.Key}: \"{g.Value}\"")));
        // Every language names every other (for the notices), so the Dutch and English files name German too.
        foreach (var (lang, name) in new[] { ("nl", "Duits"), ("en", "German") })
            File.AppendAllText(Path.Combine(theme.Path, "strings", $"{lang}.yml"), $"language.de: {name}\n");
    }

    [Fact]
    public void The_build_succeeds_with_German_pages_and_German_interface_texts()
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new LanguageCoverage("de", 3, result.Coverage[0].Total), result.Coverage[2]);
        var home = Html.Page(result, "de/index.html");
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Zum Inhalt", home.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void The_switcher_lists_every_other_language_and_marks_the_untranslated_ones()
    {
        var first = Switcher(Html.Page(result, "nl/gids/eerste/index.html"));
        var second = Switcher(Html.Page(result, "nl/gids/tweede/index.html"));

        Assert.Equal([("en", "/en/guide/first/", false), ("de", "/de/leitfaden/erste/", false)], first);
        Assert.Equal([("en", "/en/guide/second/", false), ("de", "/de/leitfaden/second/", true)], second);
    }

    [Fact]
    public void Hreflang_names_every_language_the_page_exists_in()
    {
        Assert.Equal(["nl", "en", "de", "x-default"], Hreflangs(Html.Page(result, "de/leitfaden/erste/index.html")));
        Assert.Equal(["nl", "en", "x-default"], Hreflangs(Html.Page(result, "nl/gids/tweede/index.html")));
        Assert.Empty(Hreflangs(Html.Page(result, "de/leitfaden/second/index.html")));   // a fallback is no alternate
    }

    [Fact]
    public void The_sitemap_has_one_alternate_per_language()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var sitemap = XDocument.Parse(site.Html(result, "sitemap.xml"));
        var url = sitemap.Root!.Elements(sm + "url").Single(u => u.Element(sm + "loc")!.Value == $"{TestSite.BaseUrl}/de/leitfaden/erste/");

        Assert.Equal(["nl", "en", "de", "x-default"], url.Elements(xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
    }

    [Fact]
    public void The_chooser_the_404_page_and_the_redirects_list_all_three()
    {
        var chooser = Html.Page(result, "index.html");
        var notFound = Html.Page(result, "404.html");

        Assert.Equal(["Nederlands", "English", "Deutsch"], chooser.QuerySelectorAll(".chooser-list a").Select(a => a.TextContent));
        Assert.Equal(["nl", "en", "de"], chooser.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).Take(3));
        Assert.Equal(["Pagina niet gevonden", "Page not found", "Seite nicht gefunden"], notFound.QuerySelectorAll("main h1, main h2").Select(h => h.TextContent));
        Assert.Equal("de", notFound.QuerySelectorAll("main section")[2].GetAttribute("lang"));
        Assert.Contains("/  /de/  302!  Language=de", site.Html(result, "_redirects").Split('\n'));
    }

    [Fact]
    public void A_missing_German_page_or_text_is_reported_and_shown_in_the_fallback_language()
    {
        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingTranslation && d.Message.Contains("Deutsch", StringComparison.Ordinal)).ToList();
        var texts = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingText).ToList();
        var fallback = Html.Page(result, "de/leitfaden/second/index.html");
        var link = Html.Page(result, "de/leitfaden/erste/index.html").QuerySelector(".content a")!;

        // German is not required: infos, counted in the report, never warnings that --strict would fail on.
        Assert.Contains(missing, d => d.Path == "input/gids/tweede.en.md");   // German falls back to English
        Assert.All(missing, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.NotEmpty(texts);
        Assert.All(texts, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.True(site.Build(strict: true, theme: theme.Path).Succeeded);
        Assert.Equal("en", fallback.QuerySelector(".content")!.GetAttribute("lang"));
        Assert.Equal("Diese Seite ist noch nicht ins Deutsch übersetzt; hier steht der Text auf Englisch.", fallback.QuerySelector(".notice-fallback p")!.TextContent);
        Assert.Equal("/de/leitfaden/second/#details", link.GetAttribute("href"));   // the reader stays in German
    }

    /// <summary>Each switcher link: its language, where it leads, and whether it says "not translated yet".</summary>
    static List<(string?, string?, bool)> Switcher(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".lang-switch a").Select(a => (a.GetAttribute("lang"), a.GetAttribute("href"), a.QuerySelector(".lang-switch-note") is not null))];

    static List<string?> Hreflangs(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang"))];

    public void Dispose()
    {
        site.Dispose();
        theme.Dispose();
    }
}
