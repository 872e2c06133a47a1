using System.Collections.Immutable;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features.Glossary.Terms;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Yaml;
using Markdig;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Features.Glossary;

/// <summary>A term and its definition, in every language.</summary>
public sealed record GlossaryEntry(Localized<string> Term, Localized<string> Definition);

/// <summary>The glossary: <c>_data/glossary.yml</c>, shown on the landing page that has <c>layout: glossary</c>, sorted
/// in each language, every term with an anchor other pages can link to.</summary>
public sealed class GlossaryFeature : ISiteFeature
{
    public const string Layout = "glossary";

    public IReadOnlyList<DataFile> DataFiles { get; } = [DataFile.Of("glossary", new GlossaryData([]), Read)];

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } = [new(Layout) { Model = Entries }];

    /// <summary><c>glossary-terms: false</c>: a page whose text should link no glossary terms (issue 15).</summary>
    public const string OptOutKey = "glossary-terms";

    // In the CMS the switch starts on: a new page links its terms unless the editor turns it off.
    public IReadOnlyList<FrontMatterKey> Keys { get; } =
        [new(OptOutKey, (reader, node) => reader.Boolean(OptOutKey, node)) { Editor = new EditorField("boolean") { Default = true } }];

    /// <summary>The first mention of each glossary term on a page links to its entry (<see cref="Terms"/> folder);
    /// never on the glossary itself, nor on a page that opts out.</summary>
    public IEnumerable<IMarkdownExtension> ContentExtensions(LinkedPage page, SiteContext context)
    {
        if (page.Source is null || page.Layout == Layout || page.FrontMatter.Get<bool>(OptOutKey) == false) yield break;
        if (TermLinks.For(page, context) is { Terms.Count: > 0 } terms) yield return new GlossaryTermsExtension(terms);
    }

    /// <summary>"term-4e-pijlerinitiatief", "term-adhesion": lower case, accents dropped, spaces to dashes.</summary>
    public static string Anchor(string term) =>
        "term-" + string.Concat(Folding.RemoveDiacritics(term.ToLowerInvariant())
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == ' ' || c == '-')).Trim().Replace(' ', '-');

    /// <summary>Sorted as a dictionary would: case and accents do not count ("Réciprocité" before "Renforcement"),
    /// then the exact text, so the order never depends on anything else.</summary>
    static object Entries(PageView view) => new GlossaryView([.. (view.Context.Data.Get<GlossaryData>()?.Entries ?? [])
        .Select(e => new GlossaryTerm(e.Term.For(view.Lang), Anchor(e.Term.For(view.Lang)), e.Definition.For(view.Lang)))
        .OrderBy(t => Folding.RemoveDiacritics(t.Term.ToLowerInvariant()), StringComparer.Ordinal)
        .ThenBy(t => t.Term, StringComparer.Ordinal)]);

    static readonly string[] EntryKeys = ["term", "definition"];

    static GlossaryData Read(YamlReader reader, YamlNode? root, SiteConfig config)
    {
        var entries = new List<GlossaryEntry>();
        foreach (var item in reader.Sequence("the glossary", root))
        {
            if (reader.Mapping(item, "a glossary entry") is not { } mapping) continue;
            Localized<string>? term = null, definition = null;
            foreach (var (key, _, value) in reader.Entries(mapping, EntryKeys, "glossary"))
            {
                if (key == "term") term = reader.LocalizedComplete(key, value, config);
                else definition = reader.LocalizedComplete(key, value, config);
            }
            if (term is null || definition is null)
                reader.Error(item, DiagnosticCodes.MalformedData, "every glossary entry needs a 'term' and a 'definition', in every language");
            else
                entries.Add(new GlossaryEntry(term, definition));
        }
        return new GlossaryData([.. entries]);
    }
}

/// <summary>The glossary as <c>_data/glossary.yml</c> lists it.</summary>
public sealed record GlossaryData(ImmutableArray<GlossaryEntry> Entries);

/// <summary>The glossary page's terms in its language, sorted.</summary>
public sealed record GlossaryView(ImmutableArray<GlossaryTerm> Terms);

public sealed record GlossaryTerm(string Term, string Anchor, string Definition);
