using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Kennisbank.Site.Tests.Support;

/// <summary>Parses built HTML so tests assert on structure, not on substrings.</summary>
public static class Html
{
    static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Page(BuildResult result, string path) =>
        Parse(System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Content!));
}
