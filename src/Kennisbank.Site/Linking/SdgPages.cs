using Kennisbank.Site.Data;
using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Linking;

/// <summary>One page per SDG, listing the pages tagged with it, made wherever a section uses the 'sdgs' layout.</summary>
public static class SdgPages
{
    public const string Layout = "sdg";

    public static IEnumerable<VirtualPage> Create(IEnumerable<LinkedPage> pages, SiteData data)
    {
        foreach (var index in pages.Where(p => p.Layout == LayoutNames.Sdgs && p.IsIndex))
            foreach (var sdg in data.Sdgs)
                yield return new VirtualPage($"{index.Section}/{sdg.Number}", index.Lang, index.Section, sdg.Number.ToString(),
                    $"SDG {sdg.Number}: {sdg.Name(index.Lang)}", sdg.Name(index.Lang), Layout, sdg.Number.ToString(), sdg.Number);
    }
}
