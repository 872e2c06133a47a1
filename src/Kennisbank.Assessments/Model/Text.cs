namespace Kennisbank.Assessments.Model;

/// <summary>
/// A text in both site languages. Both are constructor arguments, so a missing translation does not compile;
/// an empty one is caught by the validator (KB110).
/// </summary>
public sealed record Text(string Nl, string En)
{
    /// <summary>The site's languages, Dutch first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["nl", "en"];

    public string For(string lang) => lang switch
    {
        "nl" => Nl,
        "en" => En,
        _ => throw new ArgumentOutOfRangeException(nameof(lang), lang, "The site has two languages: nl and en."),
    };
}
