using System.Collections.Immutable;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Validation;
using Kennisbank.Diagnostics;
using Kennisbank.Localization;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>Publishes the self-assessments: a page and a "how is this calculated?" page per assessment and language,
/// in the section whose landing page uses the 'assessments' layout, plus one compiled script per assessment and
/// language. The compiler itself is src/Kennisbank.Assessments.</summary>
public sealed class AssessmentFeature(IReadOnlyList<Assessment> assessments) : ISiteFeature
{
    public const string SectionLayout = "assessments";
    public const string Layout = "assessment";
    public const string MethodLayout = "assessment-method";
    public const string FormScript = "/assets/js/assessment-form.js";

    public AssessmentFeature() : this(AssessmentCatalog.All) { }

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
    [
        new(SectionLayout),
        new(Layout) { Model = View },
        new(MethodLayout) { Model = View },
    ];

    /// <summary>One script per assessment for every language: it holds ids and rules, the page holds the texts.</summary>
    public static string ScriptPath(string id) => $"assets/assessments/{id}.js";

    public IEnumerable<VirtualPage> Pages(PageSource source)
    {
        foreach (var index in source.Pages.Where(p => p.Source.IsIndex && p.FrontMatter.Layout == SectionLayout))
        {
            var (section, lang) = (index.Source.Section, index.Lang);
            for (var i = 0; i < assessments.Count; i++)
            {
                var a = assessments[i];
                // In a language it is not written in, an assessment is shown in the nearest one it is (a fallback page,
                // with the notice), and that page loads that language's script.
                var content = a.Title.Has(lang) ? lang : source.Config.OthersNearestFirst(lang).FirstOrDefault(a.Title.Has);
                if (content is null) continue;
                var slug = a.Slug.For(content);
                var title = a.Title.For(content);
                yield return new VirtualPage($"{section}/{a.Id}", lang, section, slug, title, a.Introduction.For(content),
                    Layout, new AssessmentPage(a, IsMethod: false), i + 1, ContentLang: content);
                yield return new VirtualPage($"{section}/{a.Id}/method", lang, section, MethodSlug.For(content),
                    MethodTitle.For(content).Replace("{0}", title), MethodDescription.For(content).Replace("{0}", title),
                    MethodLayout, new AssessmentPage(a, IsMethod: true), i + 1, Parent: slug, ContentLang: content);
            }
        }
    }

    // The method pages' slug, title and description are content of the generated pages, so they live with the
    // generator of those pages, in the languages the assessments are written in.
    static readonly Text MethodSlug = new("berekening", "method");
    static readonly Text MethodTitle = new("Berekening: {0}", "How it is calculated: {0}");
    static readonly Text MethodDescription = new(
        "Hoe de zelftest '{0}' scoort en een resultaat kiest: elke vraag, de punten per antwoord en de regels.",
        "How the self-assessment '{0}' scores and chooses a result: every question, the points per answer and the rules.");

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        // A site without a self-assessment section (a test fixture, another association's site) publishes none.
        if (!context.Site.Pages.Any(p => p.Layout == Layout)) return [];
        var known = context.Site.Pages.Where(p => p.Source is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return assessments.SelectMany(a => AssessmentValidator.Validate(a, known, proveCoverage: context.Thorough)
            .Concat(Anchors(a, context.Site)));
    }

    /// <summary>A recommendation's #anchor must be a heading of its page, in every language the assessment is in.</summary>
    static IEnumerable<Diagnostic> Anchors(Assessment a, LinkedSite site)
    {
        foreach (var r in a.Outcomes.SelectMany(o => o.Recommendations).Concat(a.Advice).Where(r => r.PageRef.Contains('#')))
        {
            var anchor = r.PageRef[(r.PageRef.IndexOf('#') + 1)..];
            foreach (var lang in a.Languages)
            {
                if (site.Find(r.PageId, lang)?.Source is not { } page || page.Headings.Any(h => h.Id == anchor)) continue;
                var hint = Parsing.Suggestions.Closest(anchor, page.Headings.Select(h => h.Id), 4) is { } s ? $"; did you mean '#{s}'?" : "";
                yield return Diagnostic.Error(r.Source.Path, r.Source.Line, 1, DiagnosticCodes.UnknownPage,
                    $"recommendation '{r.PageRef}' names no heading of {page.Source.DisplayPath}{hint}");
            }
        }
    }

    /// <summary>One script per assessment published; every language (fallback pages too) loads the same one.</summary>
    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        var published = context.Site.Pages.Where(p => p.Layout == Layout)
            .Select(p => ((AssessmentPage)p.Virtual!.Payload).Assessment).Distinct();
        foreach (var a in published)
            yield return OutputFile.Text(ScriptPath(a.Id), AssessmentScript.Emit(a), a.Source.Path);
    }

    /// <summary>A recommendation's page in the page's language, else the nearest other (validation has made sure it exists).</summary>
    static string Url(LinkedSite site, string pageRef, string lang)
    {
        var hash = pageRef.IndexOf('#');
        var id = hash < 0 ? pageRef : pageRef[..hash];
        var page = site.Find(id, lang) ?? site.Config.OthersNearestFirst(lang).Select(l => site.Find(id, l)).FirstOrDefault(p => p is not null);
        return (page?.Url ?? "/") + (hash < 0 ? "" : pageRef[hash..]);
    }

    static object View(PageView view)
    {
        var (a, isMethod) = (AssessmentPage)view.Page.Virtual!.Payload;
        var url = isMethod ? view.Page.Url[..(view.Page.Url.TrimEnd('/').LastIndexOf('/') + 1)] : view.Page.Url;
        var refs = a.Outcomes.SelectMany(o => o.Recommendations).Concat(a.Advice).Select(r => r.PageRef).Distinct();
        var content = view.Page.ContentLang;
        return new AssessmentView(a, content, url, url + MethodSlug.For(content) + "/",
            ["/" + ScriptPath(a.Id), FormScript],
            a.AllConditions.Any(c => c.Holds.Walk().Any(p => p is Predicate.ScoreAtLeast { DimensionId: null })),
            refs.ToImmutableDictionary(r => r, r => Url(view.Context.Site, r, view.Lang)));
    }
}

/// <summary>The payload of an assessment's page and of its method page.</summary>
public sealed record AssessmentPage(Assessment Assessment, bool IsMethod);

/// <summary>What the assessment's layouts show, ready-made.</summary>
/// <param name="UsesOverallScore">An overall score is shown only when the outcome rules use it; otherwise the
/// dimensions tell the story.</param>
/// <param name="PageUrls">Each recommendation's page, in this language.</param>
/// <param name="Lang">The language of the assessment's texts: the page's, or on a fallback page the one it falls back to.</param>
public sealed record AssessmentView(Assessment Assessment, string Lang, string AssessmentUrl, string MethodUrl, ImmutableArray<string> Scripts,
    bool UsesOverallScore, ImmutableDictionary<string, string> PageUrls);
