using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Cms;
using Kennisbank.Site.Features.Sdgs;
using Kennisbank.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Tests.Features.Cms;

/// <summary>The CMS configuration against the content model it is generated from: a section, a front-matter key or a
/// language the CMS lacks fails here.</summary>
public class CmsConfigTests
{
    static readonly CmsBundle FakeBundle = new("decap-cms", "0.0.0", Path.GetTempPath(), []);

    /// <summary>The real site's config.yml as kb writes it, read back as YAML.</summary>
    static YamlMappingNode Config(BuildResult result)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "admin/config.yml").Content!)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    static readonly Lazy<(BuildResult Result, YamlMappingNode Config)> Real = new(() =>
    {
        using var renderer = new Kennisbank.Theme.ThemeRenderer();
        var result = SiteBuilder.Build(new BuildOptions(Repository.Input, Repository.Theme, "input", TestSite.BaseUrl)
        {
            Features = SiteFeatures.All(FakeBundle),
        }, renderer);
        return (result, Config(result));
    });

    static IEnumerable<YamlMappingNode> Collections => ((YamlSequenceNode)Real.Value.Config["collections"]).Cast<YamlMappingNode>();
    static string S(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
    static YamlMappingNode Field(YamlMappingNode collection, string name) =>
        ((YamlSequenceNode)collection["fields"]).Cast<YamlMappingNode>().Single(f => S(f, "name") == name);

    [Fact]
    public void Every_front_matter_key_of_the_schema_is_a_field_of_every_collection()
    {
        var keys = new ContentSchema(SiteFeatures.All()).KeyNames;
        Assert.All(Collections, collection =>
            Assert.Equal([.. keys, "body"], ((YamlSequenceNode)collection["fields"]).Select(f => S(f, "name"))));
    }

    [Fact]
    public void A_key_without_an_editor_is_missing_from_the_cms_and_named()
    {
        // What the test above catches: a feature that adds a key and forgets to say how the CMS shows it.
        var schema = new ContentSchema([.. SiteFeatures.All(), new KeyOnly()]);

        Assert.Equal(["audience"], CmsConfig.MissingKeys(schema));
        Assert.Empty(CmsConfig.MissingKeys(new ContentSchema(SiteFeatures.All())));
    }

    sealed class KeyOnly : ISiteFeature
    {
        public IReadOnlyList<FrontMatterKey> Keys { get; } = [new("audience", (_, _) => null)];
    }

    [Fact]
    public void One_collection_per_section_each_in_its_folder_with_images_beside_the_page()
    {
        var sections = RealSite.Linked.Pages.Where(p => p.Source is not null).Select(p => p.Section).Distinct()
            .Select(s => s.Length == 0 ? "home" : s).Order(StringComparer.Ordinal);
        Assert.Equal(sections, Collections.Select(c => S(c, "name")).Order(StringComparer.Ordinal));
        Assert.All(Collections, c =>
        {
            Assert.Equal(S(c, "name") == "home" ? "input" : "input/" + S(c, "name"), S(c, "folder"));
            Assert.Equal("", S(c, "media_folder"));
            Assert.Equal("", S(c, "public_folder"));
        });
    }

    [Fact]
    public void The_languages_are_the_sites_required_ones_with_one_file_per_language()
    {
        var i18n = (YamlMappingNode)Real.Value.Config["i18n"];
        Assert.Equal("multiple_files", S(i18n, "structure"));
        // Optional languages are left out: Decap would give every new entry an untitled file in each (see CmsConfig.Locales).
        Assert.Equal(RealSite.Linked.Config.Languages.Where(l => l.Required).Select(l => l.Code),
            ((YamlSequenceNode)i18n["locales"]).Select(l => ((YamlScalarNode)l).Value));
        Assert.Equal(RealSite.Linked.Config.DefaultLanguage, S(i18n, "default_locale"));
        Assert.All(Collections, c => Assert.Equal("translate", S(Field(c, "title"), "i18n")));
        Assert.All(Collections, c => Assert.Equal("duplicate", S(Field(c, "sdgs"), "i18n")));
    }

    [Fact]
    public void Sdgs_are_a_multiple_select_of_the_17_goals_named_from_the_data()
    {
        var sdgs = Field(Collections.First(), "sdgs");
        var options = ((YamlSequenceNode)sdgs["options"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal("select", S(sdgs, "widget"));
        Assert.Equal("true", S(sdgs, "multiple"));
        Assert.Equal(Enumerable.Range(1, SdgFeature.Count).Select(n => $"{n}"), options.Select(o => S(o, "value")));
        // The label is the goal's name in the default language, from _data/sdgs.yml.
        var goal11 = Assert.Single(options, o => S(o, "value") == "11");
        Assert.StartsWith("11. ", S(goal11, "label"), StringComparison.Ordinal);
        Assert.True(S(goal11, "label").Length > 6);
    }

    [Fact]
    public void The_updates_collection_creates_dated_files_and_requires_the_date()
    {
        var updates = Assert.Single(Collections, c => c.Children.ContainsKey("sortable_fields"));
        Assert.Equal("input/actueel", S(updates, "folder"));
        Assert.Equal("{{year}}-{{month}}-{{day}}-{{slug}}", S(updates, "slug"));
        var updated = Field(updates, "updated");
        Assert.Equal("datetime", S(updated, "widget"));
        Assert.Equal("YYYY-MM-DD", S(updated, "format"));
        Assert.Equal("true", S(updated, "required"));
        Assert.All(Collections.Where(c => !ReferenceEquals(c, updates)), c => Assert.Equal("{{slug}}", S(c, "slug")));
    }

    [Fact]
    public void The_body_preview_is_sanitized_in_every_collection()
    {
        // GHSA-xp8g-32qh-mv28: a script in an entry's body ran in the reviewer's preview pane (Decap up to 3.8.3).
        Assert.All(Collections, c => Assert.Equal("true", S(Field(c, "body"), "sanitize_preview")));
    }

    [Fact]
    public void The_admin_page_loads_only_its_own_script_says_noindex_and_is_no_page_of_the_sitemap()
    {
        var result = Real.Value.Result;
        var page = Html.Page(result, "admin/index.html");
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("no-reload", page.QuerySelector("head meta[name=kb-preview]")?.GetAttribute("content"));
        Assert.Equal(["/admin/decap-cms.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), style"));
        var sitemap = System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == "sitemap.xml").Content!);
        Assert.DoesNotContain("/admin", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_bundle_nothing_is_published_under_admin()
    {
        using var site = new TestSite();
        Assert.DoesNotContain(site.Build().Files, f => f.Path.StartsWith("admin/", StringComparison.Ordinal));
    }
}
