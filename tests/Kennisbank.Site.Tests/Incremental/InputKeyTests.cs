using Kennisbank.Site.Configuration;
using Kennisbank.Site.Incremental;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Incremental;

/// <summary>The preview parses the data files and the interface texts again only when their input changed: the key
/// must change with every part of that input, and a step with an unchanged key is not run.</summary>
public class InputKeyTests
{
    static SiteSource Source(string glossary, string? config = null) =>
        new([], [], [new DataText("glossary", "input/_data/glossary.yml", glossary)], config is null ? null : new ConfigFile("input/site.yml", config));

    [Fact]
    public void The_data_key_follows_the_data_files_and_the_configuration()
    {
        var key = InputKey.Data(Source("- term: a"));

        Assert.Equal(key, InputKey.Data(Source("- term: a")));
        Assert.NotEqual(key, InputKey.Data(Source("- term: b")));
        Assert.NotEqual(key, InputKey.Data(Source("- term: a", "languages: []")));
        Assert.NotEqual(key, InputKey.Data(Source("- term: a") with { Data = [] }));
    }

    [Fact]
    public void The_strings_key_follows_each_language_s_file()
    {
        using var theme = new TempFolder();
        Directory.CreateDirectory(Path.Combine(theme.Path, "strings"));
        File.WriteAllText(Path.Combine(theme.Path, "strings", "nl.yml"), "a: b\n");
        File.WriteAllText(Path.Combine(theme.Path, "strings", "en.yml"), "a: b\n");
        var key = InputKey.Strings(Source(""), theme.Path, SiteConfig.Default);

        Assert.Equal(key, InputKey.Strings(Source(""), theme.Path, SiteConfig.Default));
        File.WriteAllText(Path.Combine(theme.Path, "strings", "en.yml"), "a: c\n");
        Assert.NotEqual(key, InputKey.Strings(Source(""), theme.Path, SiteConfig.Default));
    }

    [Fact]
    public void A_step_runs_again_only_for_another_key()
    {
        var cache = new BuildCache();
        var runs = 0;
        string Step() => $"run {++runs}";

        Assert.Equal("run 1", cache.Reuse("data", "a", Step));
        Assert.Equal("run 1", cache.Reuse("data", "a", Step));
        Assert.Equal("run 2", cache.Reuse("strings", "a", Step));
        Assert.Equal("run 3", cache.Reuse("data", "b", Step));
        Assert.Equal("run 4", cache.Reuse("data", "a", Step));
    }
}
