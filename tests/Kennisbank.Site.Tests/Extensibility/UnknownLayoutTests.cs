using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Tests.Support;
using Kennisbank.Theme;

namespace Kennisbank.Site.Tests.Extensibility;

/// <summary>A layout is a contract between a feature and the theme: a page with a layout no feature declares, or a
/// declared layout the theme cannot render, is a diagnostic, never a fallback and never an exception.</summary>
public class UnknownLayoutTests
{
    /// <summary>Makes a page whose layout it forgot to declare.</summary>
    sealed class UndeclaredLayoutFeature : ISiteFeature
    {
        public IEnumerable<VirtualPage> Pages(PageSource source) =>
            [new("gids/kaart", "nl", "gids", "kaart", "Kaart", "Een kaart.", "kaart", "payload")];
    }

    /// <summary>Declares a layout the theme has no component for.</summary>
    sealed class ThemelessLayoutFeature : ISiteFeature
    {
        public IReadOnlyList<LayoutDeclaration> Layouts { get; } = [new("kaart")];
    }

    static BuildResult Build(ISiteFeature extra)
    {
        using var site = new TestSite();
        using var renderer = new ThemeRenderer();
        return SiteBuilder.Build(site.Options() with { Features = [.. SiteFeatures.All(), extra] }, renderer);
    }

    [Fact]
    public void A_generated_page_with_an_undeclared_layout_is_reported()
    {
        var result = Build(new UndeclaredLayoutFeature());

        var unknown = TestSite.Single(result, DiagnosticCodes.UnknownLayout);
        Assert.Equal("the generated page 'Kaart' (nl)", unknown.Path);
        Assert.Contains("'kaart', which no feature declares", unknown.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_declared_layout_the_theme_cannot_render_is_reported_by_name()
    {
        var result = Build(new ThemelessLayoutFeature());

        var unknown = TestSite.Single(result, DiagnosticCodes.UnknownLayout);
        Assert.Equal(("theme", "the theme has no component for the layout 'kaart'"), (unknown.Path, unknown.Message));
        Assert.False(result.Succeeded);
    }
}
