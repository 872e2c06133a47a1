using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Features.Sdgs;

/// <summary>The SDGs: pages tag themselves with <c>sdgs: [11, 17]</c>; a section whose landing page has
/// <c>layout: sdgs</c> gets an overview of the goals and one page per goal listing the pages tagged with it; every
/// tagged page shows its goals, linked to those pages.</summary>
public sealed class SdgFeature : ISiteFeature
{
    public const int Count = 17;
    public const string Key = "sdgs";
    public const string IndexLayout = "sdgs";
    public const string GoalLayout = "sdg";

    /// <summary>The digital SDG circle board (issue 15, part 2): a page with <c>layout: sdg-board</c>.</summary>
    public const string BoardLayout = "sdg-board";
    /// <summary>The styles only the board pages need (theme/assets/css).</summary>
    public static readonly IReadOnlyList<string> BoardStylesheets = ["/assets/css/sdg-board.css"];

    public IReadOnlyList<FrontMatterKey> Keys { get; } =
    [
        new(Key, ReadNumbers)
        {
            // The CMS offers the goals by number and name, so an editor never types a number outside 1–17.
            Editor = new EditorField("select")
            {
                Multiple = true,
                Choices = (data, config) => [.. (data.Get<SdgList>()?.Goals ?? []).Select(g => new EditorChoice($"{g.Number}", $"{g.Number}. {g.Name.For(config.DefaultLanguage)}"))],
            },
        },
    ];

    public IReadOnlyList<DataFile> DataFiles { get; } = [SdgList.File];

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
    [
        new(IndexLayout) { Model = view => new SdgIndexView(Goals(view).Select(g => Entry(view, g)).ToImmutableArray()) },
        new(GoalLayout) { Model = view => Entry(view, (Sdg)view.Page.Virtual!.Payload) },
        new(BoardLayout) { Model = Board.BoardView.Of },
    ];

    /// <summary>The SDGs a page is tagged with, in the order it lists them.</summary>
    public static ImmutableArray<int> Of(LinkedPage page) =>
        page.FrontMatter.Extra.TryGetValue(Key, out var value) && value is ImmutableArray<int> numbers ? numbers : [];

    public IEnumerable<VirtualPage> Pages(PageSource source)
    {
        var goals = source.Data.Get<SdgList>()?.Goals ?? [];
        foreach (var index in source.Pages.Where(p => p.Source.IsIndex && p.FrontMatter.Layout == IndexLayout))
            foreach (var sdg in goals)
                yield return new VirtualPage($"{index.Source.Section}/{sdg.Number}", index.Lang, index.Source.Section, sdg.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Label(source.Strings[index.Lang], sdg), sdg.Name.For(index.Lang), GoalLayout, sdg, sdg.Number);
    }

    public IEnumerable<TagList> Tags(LinkedPage page, LinkedSite site, LinkContext context)
    {
        var numbers = Of(page);
        if (numbers.IsEmpty || context.Data.Get<SdgList>() is not { } list) yield break;
        var index = IndexUrl(site, page.Lang);
        var tags = numbers.Select(list.Find).OfType<Sdg>()
            .Select(sdg => new Tag(Label(context.Strings[page.Lang], sdg), index is null ? null : $"{index}{sdg.Number}/", $"sdg sdg-{sdg.Number}"))
            .ToImmutableArray();
        if (tags.Length > 0) yield return new TagList("sdgs.label", "sdg-tags", tags);
    }

    /// <summary>"SDG 11: Duurzame steden…", "ODD 11 : Villes…": the abbreviation and punctuation are the language's.</summary>
    static string Label(UiStrings strings, Sdg sdg) => strings.Format("sdg.label", sdg.Number, sdg.Name.For(strings.Lang));

    static object? ReadNumbers(YamlReader reader, YamlNode node)
    {
        var items = node is YamlSequenceNode seq ? seq.Children.ToList() : [node];
        var numbers = ImmutableArray.CreateBuilder<int>();
        foreach (var item in items)
        {
            var text = (item as YamlScalarNode)?.Value;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= Count)
            {
                if (!numbers.Contains(n)) numbers.Add(n);
            }
            else
                reader.Error(item, DiagnosticCodes.SdgOutOfRange, $"'{text}' is not an SDG: use numbers from 1 to {Count}");
        }
        return numbers.ToImmutable();
    }

    static ImmutableArray<Sdg> Goals(PageView view) => view.Context.Data.Get<SdgList>()?.Goals ?? [];

    static SdgEntry Entry(PageView view, Sdg sdg) =>
        new(sdg.Number, sdg.Name.For(view.Lang), IndexUrl(view.Context.Site, view.Lang) is { } index ? $"{index}{sdg.Number}/" : null,
            Tagged(view.Context.Site)[(sdg.Number, view.Lang)].ToImmutableArray());

    static string? IndexUrl(LinkedSite site, string lang) =>
        IndexUrls.GetValue(site, s => s.IndexesWithLayout(IndexLayout).GroupBy(p => p.Lang).ToDictionary(g => g.Key, g => g.First().Url))
            .GetValueOrDefault(lang);

    static readonly ConditionalWeakTable<LinkedSite, Dictionary<string, string>> IndexUrls = new();

    // The pages tagged with each goal, per language, worked out once per linked site.
    static readonly ConditionalWeakTable<LinkedSite, ILookup<(int, string), LinkedPage>> TaggedCache = new();

    static ILookup<(int, string), LinkedPage> Tagged(LinkedSite site) => TaggedCache.GetValue(site, s => s.Pages
        .Where(p => p.Virtual is null)
        .SelectMany(p => Of(p).Select(n => (Key: (n, p.Lang), Page: p)))
        .OrderBy(x => x.Page.Title, StringComparer.Ordinal)
        .ToLookup(x => x.Key, x => x.Page));
}

/// <summary>A goal as its pages show it: number, name in the page's language, its page, the pages tagged with it.</summary>
public sealed record SdgEntry(int Number, string Name, string? Url, ImmutableArray<LinkedPage> Pages);

/// <summary>The overview of all goals.</summary>
public sealed record SdgIndexView(ImmutableArray<SdgEntry> Goals);
