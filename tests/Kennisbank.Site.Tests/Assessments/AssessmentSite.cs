using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Model;
using Kennisbank.Site.Features.Assessments;
using Kennisbank.Site.Tests.Support;

namespace Kennisbank.Site.Tests.Assessments;

/// <summary>The assessments' pages of the real site, from the linked site (a new assessment or language is covered
/// without editing a list), parsed for structure assertions.</summary>
public static class AssessmentSite
{
    /// <summary>Every page of one kind: its output path, the assessment's id and the page's language.</summary>
    public static TheoryData<string, string, string> Pages(AssessmentPageKind kind)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in RealSite.Linked.Pages.Where(p => p.Virtual?.Payload is AssessmentPage x && x.Kind == kind))
            data.Add(page.OutputPath, ((AssessmentPage)page.Virtual!.Payload).Assessment.Id, page.Lang);
        return data;
    }

    public static Assessment Find(string id) => AssessmentCatalog.All.Single(a => a.Id == id);

    public static IDocument Parse(string path) => Html.Parse(System.Text.Encoding.UTF8.GetString(RealSite.File(path)));

    /// <summary>The language the assessment's texts are in on this page: the page's own, or on a fallback page the one
    /// its title is marked with.</summary>
    public static string ContentLang(IDocument page) => page.QuerySelector("h1")!.GetAttribute("lang") ?? page.DocumentElement.GetAttribute("lang")!;

    /// <summary>The texts the scripts clone: the content of template#kb-texts.</summary>
    public static IDocumentFragment Texts(IDocument page) => ((IHtmlTemplateElement)page.QuerySelector("template#kb-texts")!).Content;

    /// <summary>The URL a page id has in a language (or its nearest fallback), as the links on the page must point.</summary>
    public static string Url(string pageRef, string lang)
    {
        var site = RealSite.Linked;
        var page = site.Find(pageRef, lang) ?? site.Config.OthersNearestFirst(lang).Select(l => site.Find(pageRef, l)).First(p => p is not null);
        return page!.Url;
    }
}
