using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Features.Cms;
using Kennisbank.Site.Features.Glossary;
using Kennisbank.Site.Features.Printing;
using Kennisbank.Site.Features.Roadmap;
using Kennisbank.Site.Features.Sdgs;
using Kennisbank.Site.Features.Search;
using Kennisbank.Site.Features.Updates;

namespace Kennisbank.Site.Features;

/// <summary>The features of the Kennisbank, one line each: removing a feature is deleting its folder and its line.</summary>
public static class SiteFeatures
{
    /// <param name="cms">The CMS's scripts, when kb found them (src/Kennisbank.Cli/Cms); without, no /admin/.</param>
    public static IReadOnlyList<ISiteFeature> All(CmsBundle? cms = null) =>
    [
        new UpdatesFeature(),
        new RoadmapFeature(),
        new SdgFeature(),
        new GlossaryFeature(),
        new PrintFeature(),
        new AssessmentFeature(),
        new CmsFeature(cms),
        new SearchFeature(),
    ];
}
