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
                     .Where(f => f.Contains($"{Path.DirectorySeparatorChar}assets{Path.DirectorySeparatorChar}") || f.Contains($"{Path.DirectorySeparatorChar}strings{Path.DirectorySeparatorChar}")))
        {
            var target = Path.Combine(theme.Path, Path.GetRelativePath(Repository.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var german = new Dictionary<string, string>
        {
            ["skip"] = "Zum Inhalt", ["lang.label"] = "Andere Sprachen", ["notfound.title"] = "Seite nicht gefunden",
            ["site.name"] = "Wissensdatenbank Städtepartnerschaften",
        };
        var lines = File.ReadAllLines(Path.Combine(Repository.Theme, "strings", "en.yml"))
            .Select(line => line.Split(':', 2)[0] is var key && german.TryGetValue(key, out var text) ? $"{key}: \"{text}\"" : line);
        File.WriteAllLines(Path.Combine(theme.Path, "strings", "de.yml"), lines);
    }

    [Fact]
    public void The_build_succeeds_with_German_pages_and_German_interface_texts()
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.PagesPerLanguage["de"]);
        var home = Html.Page(result, "de/index.html");
        Assert.Equal("de", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Zum Inhalt", home.QuerySelector(".skip-link")!.TextContent);
    }

    [Fact]
    public void The_switcher_lists_every_other_language_and_falls_back_to_the_section_page()
    {
        var first = Switcher(Html.Page(result, "nl/gids/eerste/index.html"));
        var second = Switcher(Html.Page(result, "nl/gids/tweede/index.html"));

        Assert.Equal([("en", "/en/guide/first/", "English"), ("de", "/de/leitfaden/erste/", "Deutsch")], first);
        Assert.Equal([("en", "/en/guide/second/", "English"), ("de", "/de/leitfaden/", "Deutsch")], second);
    }

    [Fact]
    public void Hreflang_names_every_language_the_page_exists_in()
    {
        Assert.Equal(["nl", "en", "de", "x-default"], Hreflangs(Html.Page(result, "de/leitfaden/erste/index.html")));
        Assert.Equal(["nl", "en", "x-default"], Hreflangs(Html.Page(result, "nl/gids/tweede/index.html")));
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
    public void A_missing_German_page_or_text_warns_and_falls_back_visibly()
    {
        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingTranslation && d.Message.Contains("Deutsch", StringComparison.Ordinal)).ToList();
        var texts = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingText).ToList();
        var link = Html.Page(result, "de/leitfaden/erste/index.html").QuerySelector(".content a")!;

        Assert.Contains(missing, d => d.Path == "input/gids/tweede.nl.md");
        Assert.All(missing, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.NotEmpty(texts);   // the data files have no German: a warning each, English shown
        Assert.All(texts, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal("/en/guide/second/#details", link.GetAttribute("href"));   // de falls back to en, as configured
    }

    static List<(string?, string?, string)> Switcher(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll(".lang-switch a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"), a.TextContent))];

    static List<string?> Hreflangs(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang"))];

    public void Dispose()
    {
        site.Dispose();
        theme.Dispose();
    }
}
