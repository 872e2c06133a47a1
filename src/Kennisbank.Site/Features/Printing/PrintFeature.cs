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
        // A section's key is the same in every language: hashed once (it was once per language, in the one-threaded
        // link stage).
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var index in source.Pages.Where(p => p.Source.IsIndex && p.Source.Section.Length > 0 && Printable(p.FrontMatter)))
        {
            var (section, strings) = (index.Source.Section, source.Strings[index.Lang]);
            if (!contents.TryGetValue(section, out var key)) contents[section] = key = Contents(source, section);
            yield return new VirtualPage($"{section}/{Id}", index.Lang, section, strings["print.slug"],
                strings.Format("print.title", index.FrontMatter.Title), strings.Format("print.description", index.FrontMatter.Title),
                Layout, new PrintPayload(section, key), Parent: "");
        }
    }

    /// <summary>A key of every page text of the section, in every language: the print page shows their bodies, so the
    /// preview, which re-renders a virtual page only when its value changes, must see an edit to any of them.</summary>
    static string Contents(PageSource source, string section)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var page in source.Pages.Where(p => p.Source.Section == section).OrderBy(p => p.Source.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(page.Source.RelativePath + "\n" + page.Source.Text + "\n"));
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The link from the landing page, shown with its labels.</summary>
    public IEnumerable<TagList> Tags(LinkedPage page, LinkedSite site, LinkContext context)
    {
        if (!page.IsIndex || !Printable(page.FrontMatter) || site.Find($"{page.Section}/{Id}", page.Lang) is not { } print) yield break;
        yield return new TagList("print.label", "print-links", [new Tag(context.Strings[page.Lang]["print.link"], print.Url, "print-link")]);
    }
}

/// <summary>Which section a print page prints, and a key of its pages' texts (<see cref="PrintFeature"/>). The key
/// is the print page's own business (<see cref="PageLocalAttribute"/>): it re-renders this page in the preview, not
/// every page of the site, as a change to the site's structure would.</summary>
public sealed record PrintPayload(string Section, [property: PageLocal] string Contents);
