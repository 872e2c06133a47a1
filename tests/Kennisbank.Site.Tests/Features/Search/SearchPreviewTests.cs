using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Site.Writing;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Features.Search;

/// <summary>The preview (`kb serve`) keeps its latency: after a one-page edit, only the index files that changed are
/// written again, and the index is what a full build makes.</summary>
public sealed class SearchPreviewTests : IDisposable
{
    readonly TestSite site = new();
    readonly TempFolder output = new();
    readonly ThemeRenderer renderer = new();
    readonly BuildCache cache = new();

    BuildResult Build(BuildCache? with) => SiteBuilder.Build(
        new BuildOptions(site.Input, Repository.Theme, "input", TestSite.BaseUrl) { Features = SiteFeatures.All() }, renderer, with);

    public void Dispose()
    {
        renderer.Dispose();
        output.Dispose();
        site.Dispose();
    }

    [Fact]
    public void A_one_page_edit_rewrites_only_the_index_files_it_changes_and_they_match_a_full_build()
    {
        var first = Build(cache);
        Assert.Empty(SiteWriter.Write(output.Path, first.Files));
        var before = SearchFiles(first);
        var longAgo = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(output.Path, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, longAgo);

        site.Write("gids/tweede.nl.md", "---\ntitle: Tweede pagina\ndescription: De tweede pagina van de gids.\norder: 2\n---\n\nNu over zonnepanelen.\n\n## Details\n");
        var second = Build(cache);
        Assert.Empty(SiteWriter.Update(output.Path, second.Files, WrittenFiles.Of(first.Files)).Failures);

        var after = SearchFiles(second);
        var changed = after.Where(f => !before[f.Key].AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).Order().ToList();
        var rewritten = after.Keys.Where(f => File.GetLastWriteTimeUtc(Path.Combine(output.Path, f)) > longAgo).Order().ToList();
        Assert.Equal(changed, rewritten);
        Assert.Contains(SearchFeature.IndexPath("nl").TrimStart('/') + "d/" + IndexFiles.Shard("zo", IndexFiles.DictionaryShards(Docs(second, "nl"))) + ".json", rewritten);
        Assert.DoesNotContain(SearchFeature.IndexPath("nl").TrimStart('/') + "meta.json", rewritten);
        Assert.InRange(rewritten.Count, 2, after.Count / 2);

        var full = SearchFiles(Build(null));
        Assert.Equal(full.Keys.Order(), after.Keys.Order());
        foreach (var (path, bytes) in full)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output.Path, path))), $"{path} differs from a full build");
    }

    [Fact]
    public void A_one_page_edit_makes_only_its_language_index_again()
    {
        var first = Build(cache);
        Assert.Empty(SiteWriter.Write(output.Path, first.Files));
        var (_, written) = SiteWriter.Update(output.Path, Build(cache).Files, WrittenFiles.Of(first.Files));
        var made = cache.Keep<IndexCache>().Made;

        site.Write("gids/tweede.en.md", "---\ntitle: Second page\ndescription: The guide's second page.\norder: 2\n---\n\nNow about solar panels.\n");
        var second = Build(cache);
        Assert.Empty(SiteWriter.Update(output.Path, second.Files, written).Failures);

        Assert.Equal(made + 1, cache.Keep<IndexCache>().Made);   // English only; the Dutch index is the one it was
        var full = SearchFiles(Build(null));
        foreach (var (path, bytes) in full)
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output.Path, path))), $"{path} differs from a full build");
    }

    static Dictionary<string, byte[]> SearchFiles(BuildResult result) =>
        result.Files.Where(f => f.Path.StartsWith("assets/search/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Content!);

    static int Docs(BuildResult result, string lang) =>
        result.Files.Count(f => f.Path.StartsWith(SearchFeature.IndexPath(lang).TrimStart('/') + "f/", StringComparison.Ordinal));
}
