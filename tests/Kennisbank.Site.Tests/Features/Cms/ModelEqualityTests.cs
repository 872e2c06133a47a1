using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Site.Features;
using Kennisbank.Site.Features.Cms;
using Kennisbank.Site.Tests.Support;
using YamlDotNet.Serialization;

namespace Kennisbank.Site.Tests.Features.Cms;

/// <summary>The CMS configuration's text is reused while its model stays the same (<see cref="CmsConfig.Write"/>):
/// these prove "the same" means "serializes the same", and that a changed site never gets the last site's text.</summary>
public class ModelEqualityTests
{
    // Models of the shapes CmsConfig makes: maps, lists and arrays, strings, numbers and booleans, a few levels deep.
    static Gen<object> Value(int depth)
    {
        var leaf = Gen.OneOf(Gen.Elements<object>("naam", "label", "", "1", true, false, 0, 1, 2));
        if (depth == 0) return leaf;
        var child = Value(depth - 1);
        var keys = Gen.Elements("name", "label", "fields", "i18n");
        var map = Gen.ListOf(Gen.Zip(keys, child)).Select(pairs =>
        {
            var result = new Dictionary<string, object>();
            foreach (var (key, value) in pairs) result[key] = value;
            return (object)result;
        });
        var list = Gen.ListOf(child).Select(items => (object)items.ToList());
        var array = Gen.ListOf(leaf).Select(items => (object)items.ToArray());
        return Gen.OneOf(leaf, map, list, array);
    }

    static string Yaml(object model) => new SerializerBuilder().DisableAliases().Build().Serialize(model);

    [Fact]
    public void Models_that_count_as_the_same_serialize_the_same() =>
        Prop.ForAll(Gen.Two(Value(3)).ToArbitrary(), pair =>
            !ModelEquality.Same(pair.Item1, pair.Item2) || Yaml(pair.Item1) == Yaml(pair.Item2)).QuickCheckThrowOnFailure();

    [Fact]
    public void A_model_is_the_same_as_a_copy_of_itself_and_not_as_one_with_a_value_or_the_order_changed()
    {
        static Dictionary<string, object> Model(string label, bool first) => first
            ? new() { ["name"] = "gids", ["fields"] = new List<object> { new Dictionary<string, object> { ["label"] = label, ["required"] = true } } }
            : new() { ["fields"] = new List<object> { new Dictionary<string, object> { ["label"] = label, ["required"] = true } }, ["name"] = "gids" };

        Assert.True(ModelEquality.Same(Model("Titel", true), Model("Titel", true)));
        Assert.False(ModelEquality.Same(Model("Titel", true), Model("Title", true)));
        Assert.False(ModelEquality.Same(Model("Titel", true), Model("Titel", false)));
        Assert.False(ModelEquality.Same(new[] { "a", "b" }, "ab"));
        Assert.False(ModelEquality.Same(1, "1"));
    }

    [Fact]
    public void A_changed_site_gets_its_own_configuration_not_the_last_one()
    {
        using var site = new TestSite();
        var bundle = new CmsBundle("decap-cms", "0.0.0", Path.GetTempPath(), []);
        using var renderer = new Kennisbank.Theme.ThemeRenderer();
        string Config() => site.Html(SiteBuilder.Build(site.Options() with { Features = SiteFeatures.All(bundle) }, renderer), "admin/config.yml");

        var before = Config();
        Assert.Equal(before, Config());
        site.Write("verslagen/index.nl.md", TestSite.Page("")).Write("verslagen/index.en.md", TestSite.Page(""));
        var after = Config();
        Assert.DoesNotContain("name: verslagen", before, StringComparison.Ordinal);
        Assert.Contains("name: verslagen", after, StringComparison.Ordinal);
    }
}
