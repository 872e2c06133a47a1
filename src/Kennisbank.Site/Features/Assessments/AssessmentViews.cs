using System.Collections.Immutable;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>Makes the view data of an assessment's three pages, so the templates do no queries.</summary>
public static class AssessmentViews
{
    public static object Make(PageView view)
    {
        var (a, kind) = (AssessmentPage)view.Page.Virtual!.Payload;
        var site = view.Context.Site;
        var form = Find(site, a, view.Lang, AssessmentPageKind.Form);
        var url = form?.Url ?? view.Page.Url;
        var links = PageChecks(a).Distinct().ToImmutableDictionary(r => r, r => Link(site, r, view.Lang));
        ImmutableArray<string> scripts = kind switch
        {
            AssessmentPageKind.Form => ["/" + AssessmentFeature.ScriptPath(a.Id), AssessmentFeature.FormScript],
            AssessmentPageKind.Group => ["/" + AssessmentFeature.ScriptPath(a.Id), "/" + AssessmentFeature.GroupScriptPath, AssessmentFeature.GroupPageScript],
            _ => [],
        };
        return new AssessmentView(a, view.Page.ContentLang, kind, url,
            Find(site, a, view.Lang, AssessmentPageKind.Method)?.Url ?? url, Find(site, a, view.Lang, AssessmentPageKind.Group)?.Url ?? url,
            scripts, a.AllConditions.Any(c => c.Holds.Walk().Any(p => p is Predicate.ScoreAtLeast { DimensionId: null })), links,
            kind == AssessmentPageKind.Group ? Group(view, a, url) : null);
    }

    /// <summary>Every page the definition links to: sources, recommendations, the pages the questions are about.</summary>
    private static IEnumerable<string> PageChecks(Assessment a) => Kennisbank.Assessments.Validation.PageChecks.Links(a).Select(l => l.PageRef);

    private static GroupView Group(PageView view, Assessment a, string url)
    {
        var site = view.Context.Site;
        var address = view.AbsoluteUrl(url);
        var others = site.Pages.Where(p => p.Layout == AssessmentFeature.Layout)
            .GroupBy(p => ((AssessmentPage)p.Virtual!.Payload).Assessment)
            .Select(g => (Assessment: g.Key, Pages: g.ToList()))
            .ToList();
        OtherAssessment Describe((Assessment Assessment, List<LinkedPage> Pages) x)
        {
            var here = x.Pages.FirstOrDefault(p => p.Lang == view.Lang) ?? x.Pages[0];
            return new OtherAssessment(ShareCodes.Tag(x.Assessment), here.Title, here.IsFallback ? here.ContentLang : null,
                [.. x.Pages.Select(p => p.Url)]);
        }

        var self = others.Single(x => ReferenceEquals(x.Assessment, a));
        return new GroupView(address, QrCode.For(address), Describe(self),
            [.. others.Where(x => !ReferenceEquals(x.Assessment, a)).Select(Describe)]);
    }

    private static LinkedPage? Find(LinkedSite site, Assessment a, string lang, AssessmentPageKind kind) =>
        site.Pages.FirstOrDefault(p => p.Lang == lang && p.Virtual?.Payload is AssessmentPage x && ReferenceEquals(x.Assessment, a) && x.Kind == kind);

    /// <summary>A page in the page's language, else the nearest other (validation has made sure it exists).</summary>
    private static PageLink Link(LinkedSite site, string pageRef, string lang)
    {
        var hash = pageRef.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? pageRef : pageRef[..hash];
        var page = site.Find(id, lang) ?? site.Config.OthersNearestFirst(lang).Select(l => site.Find(id, l)).FirstOrDefault(p => p is not null);
        return new PageLink((page?.Url ?? "/") + (hash < 0 ? "" : pageRef[hash..]), page?.Title ?? id,
            page is null || page.ContentLang == lang ? null : page.ContentLang);
    }
}

/// <summary>What the assessment's layouts show, ready-made.</summary>
/// <param name="Lang">The language of the assessment's texts: the page's, or on a fallback page the one it falls back to.</param>
/// <param name="UsesTotal">Whether a rule reads the total, so the result shows it (a score shown is a score used).</param>
/// <param name="Pages">Each page the definition links to, in this page's language where it exists.</param>
/// <param name="Group">The facilitator's page only: the address to project, its QR code, and how to recognise links.</param>
public sealed record AssessmentView(Assessment Assessment, string Lang, AssessmentPageKind Kind, string AssessmentUrl,
    string MethodUrl, string GroupUrl, ImmutableArray<string> Scripts, bool UsesTotal, ImmutableDictionary<string, PageLink> Pages,
    GroupView? Group);

/// <param name="Lang">The language of the title when it is not the page's (a fallback), for a lang attribute.</param>
public sealed record PageLink(string Url, string Title, string? Lang);

/// <param name="Address">The assessment's page, absolute: what the members open and the QR code holds.</param>
public sealed record GroupView(string Address, QrCode Qr, OtherAssessment Self, ImmutableArray<OtherAssessment> Others);

/// <summary>An assessment as the facilitator's page recognises a pasted link or code: its code tag, its title here, and
/// its pages in every language.</summary>
public sealed record OtherAssessment(string Tag, string Title, string? Lang, ImmutableArray<string> Paths);
