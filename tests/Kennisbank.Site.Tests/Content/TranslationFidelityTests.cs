using Kennisbank.Site.Configuration;
using Kennisbank.Site.Tests.Support;
using YamlDotNet.Serialization;

namespace Kennisbank.Site.Tests.Content;

/// <summary>Every page of a translated language (input/site.yml, 'translated-from') keeps its original's headings in the
/// same order, and its numbers, dates and names: the test lists any that is missing or added. Names that a language
/// writes its own way (Perú, Bénin, ODS for SDG) are in Content/names.yml, each one a reviewed choice.</summary>
public class TranslationFidelityTests
{
    static SiteConfig Config => SiteConfigParser.Parse(File.ReadAllText(Path.Combine(Repository.Input, "site.yml")), "input/site.yml").Config;

    public static TheoryData<string, string> Translations()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Config.Languages.Where(l => l.TranslatedFrom is not null))
            foreach (var file in Directory.EnumerateFiles(Repository.Input, $"*.{language.Code}.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                data.Add(Path.GetRelativePath(Repository.Input, file).Replace('\\', '/'), language.TranslatedFrom!);
        return data;
    }

    [Fact]
    public void There_are_translated_pages_to_check() => Assert.True(Translations().Count >= 20);

    [Theory]
    [MemberData(nameof(Translations))]
    public void The_headings_keep_the_original_s_order(string page, string from)
    {
        var translation = Vocabulary.Parse(Path.Combine(Repository.Input, page));
        var original = Vocabulary.Parse(Original(page, from));

        Assert.Equal(Vocabulary.Outline(original), Vocabulary.Outline(translation));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Numbers_and_dates_are_the_original_s(string page, string from)
    {
        var translation = Vocabulary.Numbers(Vocabulary.Parse(Path.Combine(Repository.Input, page)));
        var original = Vocabulary.Numbers(Vocabulary.Parse(Original(page, from)));

        Assert.Equal(Differences([], []), Differences(original.Except(translation), translation.Except(original)));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Names_are_kept_and_none_is_added(string page, string from)
    {
        var lang = page.Split('.')[^2];
        var translation = Vocabulary.Parse(Path.Combine(Repository.Input, page));
        var original = Vocabulary.Parse(Original(page, from));
        var english = Path.ChangeExtension(Path.ChangeExtension(Original(page, from), null), null) + ".en.md";
        var equivalents = Equivalents(lang);
        var words = Vocabulary.Words(translation);
        bool Kept(string name) => words.Contains(name) || (equivalents.TryGetValue(name, out var own) && own.Any(words.Contains));

        var names = Vocabulary.Capitalized(original).Intersect(Vocabulary.Capitalized(Vocabulary.Parse(english)));
        var missing = names.Where(n => !Kept(n)).Order(StringComparer.Ordinal).ToList();
        var known = Vocabulary.Words(original).Concat(Vocabulary.Words(Vocabulary.Parse(english)))
            .Concat(equivalents.Values.SelectMany(v => v)).ToHashSet(StringComparer.Ordinal);
        var added = Vocabulary.Capitalized(translation).SelectMany(w => w.Split(['\'', '’'])).Where(Vocabulary.IsAcronym)
            .Where(a => !known.Contains(a)).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Differences([], []), Differences(missing, added));
    }

    static string Differences(IEnumerable<string> missing, IEnumerable<string> added) =>
        $"missing: [{string.Join(", ", missing.Order(StringComparer.Ordinal))}], added: [{string.Join(", ", added.Order(StringComparer.Ordinal))}]";

    static string Original(string page, string from) =>
        Path.Combine(Repository.Input, page[..page.LastIndexOf('.', page.Length - 4)] + $".{from}.md");

    static Dictionary<string, string[]> Equivalents(string lang)
    {
        var all = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string[]>>>(
            File.ReadAllText(Path.Combine(Repository.TestSource, "Content", "names.yml")));
        return all.GetValueOrDefault(lang) ?? [];
    }
}
