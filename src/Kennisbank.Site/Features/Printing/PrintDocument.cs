using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Printing;

/// <summary>The printed section: the landing page (its text, and its layout's view data, e.g. the roadmap drawing),
/// then each page of the section as a part.</summary>
/// <param name="Overview">The landing page's own view data (its layout's model), or null.</param>
public sealed record PrintDocument(LinkedPage Index, string IntroHtml, object? Overview, ImmutableArray<PrintPart> Parts)
{
    public static object Of(PageView view)
    {
        var section = ((PrintPayload)view.Page.Virtual!.Payload).Section;
        var context = view.Context;
        var index = context.Site.SectionIndex(section, view.Lang)!;
        var indexView = new PageView(index, ContentRenderer.Render(index, context.Strings[index.Lang]), context);
        var overview = context.Schema.Layout(index.Layout)?.Model?.Invoke(indexView);
        var memo = context.Cache?.Keep<NestedParts>();
        var parts = context.Site.SectionPages(section, view.Lang).Select((page, i) =>
        {
            var (html, prefix) = (ContentRenderer.Render(page, context.Strings[page.Lang]), $"part-{i + 1}-");
            return new PrintPart($"part-{i + 1}", page.Title, page.Description, page.Url, page.ContentLang == view.Lang ? null : page.ContentLang,
                memo is null ? Nest(html, prefix) : memo.Get(page.Url, html, prefix));
        });
        return new PrintDocument(index, indexView.ContentHtml, overview, [.. parts]);
    }

    static readonly HtmlParser Parser = new();

    /// <summary>A page's HTML as a part of the document: its headings one level down (the part's title is the h2), its
    /// ids and the links to them prefixed, so that no two parts share an id (the steps all have "Activiteiten").</summary>
    public static string Nest(string html, string prefix)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html);
        foreach (var heading in document.Body!.QuerySelectorAll("h1, h2, h3, h4, h5").ToList())
        {
            var lower = document.CreateElement("h" + (heading.LocalName[1] - '0' + 1));
            foreach (var attribute in heading.Attributes) lower.SetAttribute(attribute.Name, attribute.Value);
            while (heading.FirstChild is { } child) lower.AppendChild(child);
            heading.Replace(lower);
        }
        foreach (var element in document.Body.QuerySelectorAll("[id]")) element.Id = prefix + element.Id;
        foreach (var link in document.Body.QuerySelectorAll("a[href^='#']")) link.SetAttribute("href", "#" + prefix + link.GetAttribute("href")![1..]);
        foreach (var described in document.Body.QuerySelectorAll("[aria-describedby]"))
            described.SetAttribute("aria-describedby", string.Join(' ', described.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => prefix + id)));
        return document.Body.InnerHtml;
    }
}

/// <param name="Id">The part's anchor, for the table of contents.</param>
/// <param name="Lang">The language of the part's text where it is not the page's (a page not translated yet).</param>
public sealed record PrintPart(string Id, string Title, string Description, string Url, string? Lang, string Html);
