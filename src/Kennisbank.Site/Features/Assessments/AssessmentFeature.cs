using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Validation;
using Kennisbank.Diagnostics;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Features.Assessments;

/// <summary>Publishes the self-assessments: per assessment and language a page, a "how is this calculated?" page and a
/// group session page, in the section whose landing page uses the 'assessments' layout, plus one compiled script per
/// assessment (for every language: the pages carry the texts) and the group script. The compiler itself is
/// src/Kennisbank.Assessments.</summary>
public sealed class AssessmentFeature(IReadOnlyList<Assessment> assessments) : ISiteFeature
{
    public const string SectionLayout = "assessments";
    public const string Layout = "assessment";
    public const string MethodLayout = "assessment-method";
    public const string GroupLayout = "assessment-group";
    public const string FormScript = "/assets/js/assessment-form.js";
    /// <summary>The styles only the assessment pages need (theme/assets/css).</summary>
    public static readonly IReadOnlyList<string> Stylesheets = ["/assets/css/assessments.css"];
    public const string GroupPageScript = "/assets/js/assessment-group.js";
    public const string GroupScriptPath = "assets/assessments/group.js";

    public AssessmentFeature() : this(AssessmentCatalog.All) { }

    public IReadOnlyList<LayoutDeclaration> Layouts { get; } =
    [
        new(SectionLayout),
        new(Layout) { Model = AssessmentViews.Make },
        new(MethodLayout) { Model = AssessmentViews.Make },
        new(GroupLayout) { Model = AssessmentViews.Make },
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
                // with the notice).
                var content = a.Title.Has(lang) ? lang : source.Config.OthersNearestFirst(lang).FirstOrDefault(a.Title.Has);
                if (content is null) continue;
                var slug = a.Slug.For(content);
                var title = a.Title.For(content);
                yield return new VirtualPage($"{section}/{a.Id}", lang, section, slug, title, a.Introduction.For(content),
                    Layout, new AssessmentPage(a, AssessmentPageKind.Form), i + 1, ContentLang: content);
                foreach (var (kind, layout, texts) in new[] { (AssessmentPageKind.Method, MethodLayout, PageTexts.Method), (AssessmentPageKind.Group, GroupLayout, PageTexts.Group) })
                {
                    yield return new VirtualPage($"{section}/{a.Id}/{kind.ToString().ToLowerInvariant()}", lang, section, texts.Slug.For(content),
                        texts.Title.For(content).Replace("{0}", title, StringComparison.Ordinal), texts.Description.For(content).Replace("{0}", title, StringComparison.Ordinal),
                        layout, new AssessmentPage(a, kind), i + 1, Parent: slug, ContentLang: content);
                }
            }
        }
    }

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        // A site without a self-assessment section (a test fixture, another association's site) publishes none.
        if (!context.Site.Pages.Any(p => p.Layout == Layout)) return [];
        var known = context.Site.Pages.Where(p => p.Source is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return assessments.SelectMany(a => AssessmentValidator.Validate(a, known, proveCoverage: context.Thorough)
            .Concat(Anchors(a, context.Site)));
    }

    /// <summary>A link's #anchor must be a heading of its page, in every language the assessment is in.</summary>
    static IEnumerable<Diagnostic> Anchors(Assessment a, LinkedSite site)
    {
        foreach (var (pageRef, at, what) in PageChecks.Links(a).Where(l => l.PageRef.Contains('#', StringComparison.Ordinal)))
        {
            var (id, anchor) = (pageRef[..pageRef.IndexOf('#', StringComparison.Ordinal)], pageRef[(pageRef.IndexOf('#', StringComparison.Ordinal) + 1)..]);
            foreach (var lang in a.Languages)
            {
                if (site.Find(id, lang)?.Source is not { } page || page.Headings.Any(h => h.Id == anchor)) continue;
                var hint = Parsing.Suggestions.Closest(anchor, page.Headings.Select(h => h.Id), 4) is { } s ? $"; did you mean '#{s}'?" : "";
                yield return Diagnostic.Error(at.Path, at.Line, 1, DiagnosticCodes.UnknownPage,
                    $"{what} links to '{pageRef}', which names no heading of {page.Source.DisplayPath}{hint}");
            }
        }
    }

    /// <summary>One script per assessment published, and the group script; every language loads the same files.</summary>
    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        var published = context.Site.Pages.Where(p => p.Layout == Layout)
            .Select(p => ((AssessmentPage)p.Virtual!.Payload).Assessment).Distinct().ToList();
        foreach (var a in published)
            yield return OutputFile.Text(ScriptPath(a.Id), AssessmentScript.Emit(a), a.Source.Path);
        if (published.Count > 0)
            yield return OutputFile.Text(GroupScriptPath, GroupScript.Emit(), "src/Kennisbank.Assessments/JavaScript/GroupScript.cs");
    }
}

/// <summary>Which of an assessment's three pages a virtual page is.</summary>
public enum AssessmentPageKind { Form, Method, Group }

/// <summary>The payload of an assessment's pages.</summary>
public sealed record AssessmentPage(Assessment Assessment, AssessmentPageKind Kind);
