using Kennisbank.Site.Features.Printing;

namespace Kennisbank.Site.Tests.Features.Printing;

/// <summary>The preview's memory of nested parts gives what nesting gives, and nests again whatever changed.</summary>
public class NestedPartsTests
{
    [Fact]
    public void A_part_is_nested_again_only_when_its_HTML_changed()
    {
        var memo = new NestedParts();
        const string before = "<h2 id=\"doel\">Doel</h2><p><a href=\"#doel\">terug</a></p>";
        const string after = "<h2 id=\"doel\">Doel</h2><p>Een nieuwe zin.</p>";

        var first = memo.Get("/nl/gids/tweede/", before, "part-2-");
        Assert.Equal(PrintDocument.Nest(before, "part-2-"), first);
        Assert.Same(first, memo.Get("/nl/gids/tweede/", before, "part-2-"));
        Assert.Equal(PrintDocument.Nest(after, "part-2-"), memo.Get("/nl/gids/tweede/", after, "part-2-"));
        // The same HTML as another part (another prefix) is that part's own nesting.
        Assert.Equal(PrintDocument.Nest(before, "part-3-"), memo.Get("/nl/gids/tweede/", before, "part-3-"));
    }
}
