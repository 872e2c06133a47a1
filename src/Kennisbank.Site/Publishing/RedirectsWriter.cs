using System.Text;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.Publishing;

/// <summary>Netlify's <c>_redirects</c> file: "/" goes to the visitor's language, in the configuration's order, so
/// no file lists the languages by hand. Anyone whose browser asks for none of them gets the language chooser
/// (index.html). `kb serve` reads this same file.</summary>
public static class RedirectsWriter
{
    public const string FileName = "_redirects";

    public static string Write(SiteContext context)
    {
        var text = new StringBuilder("# Written by kb build from the site's languages: \"/\" goes to the visitor's language.\n");
        // "!" forces the rule: without it Netlify serves the file at "/" (the chooser) and never redirects.
        foreach (var lang in context.Config.Codes) text.Append($"/  /{lang}/  302!  Language={lang}\n");
        return text.ToString();
    }
}
