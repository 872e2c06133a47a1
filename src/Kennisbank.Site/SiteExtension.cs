using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site;

/// <summary>A feature that adds its own pages and files to the site without the pipeline knowing what it is.
/// The self-assessments are one.</summary>
public interface ISiteExtension
{
    /// <summary>Pages to add before linking (they get URLs, navigation and translations like any page).</summary>
    IEnumerable<VirtualPage> Pages(IReadOnlyList<ParsedPage> pages);

    /// <summary>Checks that need the linked site, e.g. that recommended pages exist; thorough adds the slow proofs.</summary>
    IEnumerable<Diagnostic> Check(LinkedSite site, bool thorough);

    /// <summary>Extra files, e.g. compiled scripts.</summary>
    IEnumerable<OutputFile> Files(SiteContext context);
}
