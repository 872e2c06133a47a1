using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Validation;
using Kennisbank.Site;
using Kennisbank.Site.Diagnostics;
using Kennisbank.Site.Linking;
using Kennisbank.Site.Parsing;
using Kennisbank.Site.Rendering;
using Kennisbank.Site.Writing;

namespace Kennisbank.Theme.Assessments;

/// <summary>Publishes the self-assessments: a page and a "how is this calculated?" page per assessment and language,
/// in the section whose landing page uses the 'assessments' layout, plus one compiled script per language.</summary>
public sealed class AssessmentExtension(IReadOnlyList<Assessment> assessments) : ISiteExtension
{
    public const string Layout = "assessment";
    public const string MethodLayout = "assessment-method";
    public static readonly Text MethodSlug = new("berekening", "method");

    public AssessmentExtension() : this(AssessmentCatalog.All) { }

    public static string ScriptPath(string id, string lang) => $"assets/assessments/{id}.{lang}.js";

    public static Assessment Find(string id) => AssessmentCatalog.All.First(a => a.Id == id);

    public IEnumerable<VirtualPage> Pages(IReadOnlyList<ParsedPage> pages)
    {
        foreach (var index in pages.Where(p => p.Source.IsIndex && p.FrontMatter.Layout == LayoutNames.Assessments))
        {
            var (section, lang) = (index.Source.Section, index.Lang);
            for (var i = 0; i < assessments.Count; i++)
            {
                var a = assessments[i];
                var slug = a.Slug.For(lang);
                yield return new VirtualPage($"{section}/{a.Id}", lang, section, slug, a.Title.For(lang), a.Introduction.For(lang),
                    Layout, a.Id, i + 1);
                yield return new VirtualPage($"{section}/{a.Id}/method", lang, section, MethodSlug.For(lang),
                    MethodTitle.For(lang).Replace("{0}", a.Title.For(lang)), MethodDescription.For(lang).Replace("{0}", a.Title.For(lang)),
                    MethodLayout, a.Id, i + 1, Parent: slug);
            }
        }
    }

    // Page titles and descriptions are content of the generated pages, so they live with the generator of those pages.
    static readonly Text MethodTitle = new("Berekening: {0}", "How it is calculated: {0}");
    static readonly Text MethodDescription = new(
        "Hoe de zelftest '{0}' scoort en een resultaat kiest: elke vraag, de punten per antwoord en de regels.",
        "How the self-assessment '{0}' scores and chooses a result: every question, the points per answer and the rules.");

    public IEnumerable<Diagnostic> Check(LinkedSite site, bool thorough)
    {
        // A site without a self-assessment section (a test fixture, another association's site) publishes none.
        if (!site.Pages.Any(p => p.Layout == Layout)) return [];
        var known = site.Pages.Where(p => p.Source is not null).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return assessments.SelectMany(a => AssessmentValidator.Validate(a, known, proveCoverage: thorough)).Select(d => new Diagnostic(
            d.Path, d.Line, d.Column, d.Severity == DiagnosticSeverity.Error ? Severity.Error : Severity.Warning, d.Code, d.Message));
    }

    public IEnumerable<OutputFile> Files(SiteContext context)
    {
        var languages = context.Site.Pages.Where(p => p.Layout == Layout).Select(p => p.Lang).Distinct().Order(StringComparer.Ordinal);
        foreach (var lang in languages)
            foreach (var a in assessments)
                yield return OutputFile.Text(ScriptPath(a.Id, lang), AssessmentScript.Emit(a, lang, pageRef => Url(context, pageRef, lang)));
    }

    /// <summary>A recommendation's page in the page's language (validation has made sure it exists).</summary>
    public static string Url(SiteContext context, string pageRef, string lang)
    {
        var hash = pageRef.IndexOf('#');
        var id = hash < 0 ? pageRef : pageRef[..hash];
        var page = context.Site.Find(id, lang) ?? context.Site.Find(id, Languages.Other(lang));
        return (page?.Url ?? "/") + (hash < 0 ? "" : pageRef[hash..]);
    }
}
