using Kennisbank.Localization;


namespace Kennisbank.Assessments.Model;

/// <summary>The compact form the assessment definitions are written in: Dutch and English, the two languages the
/// definitions have today. It is a <see cref="Localized{T}"/> like every other text of the product; an assessment in
/// more languages would build its texts as <see cref="Localized{T}"/> directly.</summary>
public sealed class Text(string nl, string en) : Localized<string>([new(Dutch, nl), new(English, en)])
{
    // The languages these definitions are written in (not the site's languages, which come from input/site.yml).
    const string Dutch = "nl", English = "en";
}
