using Kennisbank.Site.Rendering;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Theme;

public class UiStringsTests
{
    [Fact]
    public void Both_languages_have_the_same_interface_texts()
    {
        var nl = UiStrings.Load(Repository.Theme, "nl");
        var en = UiStrings.Load(Repository.Theme, "en");

        Assert.Equal(nl.Keys.Order(StringComparer.Ordinal), en.Keys.Order(StringComparer.Ordinal));
        Assert.All(nl.Keys, key => Assert.False(string.IsNullOrWhiteSpace(en[key]), $"en.yml '{key}' is empty"));
        Assert.Equal(12, nl["months"].Split(',').Length);
        Assert.Equal(12, en["months"].Split(',').Length);
    }
}
