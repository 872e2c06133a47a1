using System.Collections.Immutable;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Printing;

/// <summary>A whole section as one printable document (issue 15: "a council prints it for a meeting"): a section
/// whose landing page says <c>print: true</c> gets a page, in every language, with the landing page and then every
/// page of the section in reading order, each starting on a new sheet. The landing page links to it. The roadmap's
/// printed overview keeps its drawing: the page carries the landing page's own view data.</summary>
public sealed class PrintFeature : ISiteFeature
{
    public const string Key = "print";
    public const string Layout = "print-section";
    const string Id = "print";

    public IReadOnlyList<FrontMatterKey> Keys { get; } =
        [new(Key, (reader, node) => reader.Boolean(Key, node)) { Editor = new EditorField("boolean") }];

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } = [new(Layout) { Model = PrintDocument.Of }];

    static bool Printable(Parsing.FrontMatter frontMatter) => frontMatter.Get<bool>(Key) == true;

    /// <summary>Beside the landing page, not one of the section's pages: it is not listed or paged through
    /// (<see cref="VirtualPage.Parent"/> "").</summary>
    public IEnumerable<VirtualPage> Pages(PageSource source)
    {
        foreach (var index in source.Pages.Where(p => p.Source.IsIndex && p.Source.Section.Length > 0 && Printable(p.FrontMatter)))
        {
            var strings = source.Strings[index.Lang];
            yield return new VirtualPage($"{index.Source.Section}/{Id}", index.Lang, index.Source.Section, strings["print.slug"],
                strings.Format("print.title", index.FrontMatter.Title), strings.Format("print.description", index.FrontMatter.Title),
                Layout, new PrintPayload(index.Source.Section), Parent: "");
        }
    }

    /// <summary>The link from the landing page, shown with its labels.</summary>
    public IEnumerable<TagList> Tags(LinkedPage page, LinkedSite site, LinkContext context)
    {
        if (!page.IsIndex || !Printable(page.FrontMatter) || site.Find($"{page.Section}/{Id}", page.Lang) is not { } print) yield break;
        yield return new TagList("print.label", "print-links", [new Tag(context.Strings[page.Lang]["print.link"], print.Url, "print-link")]);
    }
}

/// <summary>Which section a print page prints.</summary>
public sealed record PrintPayload(string Section);
