using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kennisbank.Site.Features.Search;

/// <summary>Replace <paramref name="Suffix"/> by <paramref name="Replacement"/> when at least <paramref name="MinStem"/>
/// letters stay before it and, if <paramref name="After"/> is not empty, the letter before it is one of those. A rule
/// whose replacement is its suffix protects a word from the rules after it (English "-ss" is no plural).</summary>
public sealed record StemRule(string Suffix, string Replacement, int MinStem, string After = "");

/// <summary>A language's matching rules: light stemming in steps (in each step the first rule that fits applies, then
/// the next step), the words too common to index, and whether compounds are split (see <see cref="Compounds"/>).
/// They are data, so the browser gets the very same rules in the index's meta.json and runs them with one small engine.
/// Which set a language uses is named in its interface texts (<c>search.rules</c>), so no code names a language.</summary>
public sealed record RuleSet(string Name, ImmutableArray<ImmutableArray<StemRule>> Steps, FrozenSet<string> StopWords,
    ImmutableArray<string> Linkers, bool SplitCompounds)
{
    /// <summary>One step, written as Snowball-like text: "suffix>replacement/min" or "suffix>replacement/min:after",
    /// rules apart by spaces, e.g. "heden>heid/3 en>/3 s>/3:elmnr".</summary>
    static ImmutableArray<StemRule> Step(string rules) => [.. rules.Split(' ').Select(rule =>
    {
        var (arrow, slash, colon) = (rule.IndexOf('>', StringComparison.Ordinal), rule.IndexOf('/', StringComparison.Ordinal), rule.IndexOf(':', StringComparison.Ordinal));
        var min = int.Parse(colon < 0 ? rule[(slash + 1)..] : rule[(slash + 1)..colon], System.Globalization.CultureInfo.InvariantCulture);
        return new StemRule(rule[..arrow], rule[(arrow + 1)..slash], min, colon < 0 ? "" : rule[(colon + 1)..]);
    })];

    const string Undouble = "bb>b/2 dd>d/2 ff>f/2 gg>g/2 kk>k/2 ll>l/2 mm>m/2 nn>n/2 pp>p/2 rr>r/2 ss>s/2 tt>t/2";

    static FrozenSet<string> Words(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Plurals, the inflected adjective's -e, and the doubled consonant or v/z they leave: stedenbanden →
    /// stedenband, partnergemeenten and partnergemeente → partnergemeent, budgetten → budget, bedrijven → bedrijf,
    /// mogelijkheden → mogelijkheid. "-es" is left alone (proces, not "proce"), but "-ies" and "-tes" are plurals
    /// (organisaties, gemeentes). A lengthened vowel is not restored (afspraken → afsprak, not afspraak): the one typo
    /// a word may have bridges that.</summary>
    public static RuleSet Dutch { get; } = new("dutch",
        [
            Step("heden>heid/3 ies>ie/3 tes>te/3 es>es/0 en>/3 s>/3:elmnr"),
            Step("e>/3"),
            Step(Undouble + " v>f/3 z>s/3"),
        ],
        Words("de het een en van in op te dat die is voor met aan er als bij of om ook door naar niet zijn maar dan wordt worden nog wel"),
        [.. "s en".Split(' ')], SplitCompounds: true);   // the linking -s- and -en- of partnerschapsbudget, boekenkast

    /// <summary>Harman's S-stemmer (1991): the plural rules only. cities → city, partnerships → partnership, cases → case.</summary>
    public static RuleSet English { get; } = new("english",
        [Step("eies>eies/0 aies>aies/0 ies>y/2 aes>aes/0 ees>ees/0 oes>oes/0 es>e/2 us>us/0 ss>ss/0 s>/2")],
        Words("the an and or of to in on for with by at is are be it as this that from was were its into not but"),
        [], SplitCompounds: false);

    /// <summary>Plural, feminine -e and the doubled consonant (after Savoy's light French stemmer): municipaux →
    /// municipal, municipalités and municipalité → municipalit, culturelle → culturel.</summary>
    public static RuleSet French { get; } = new("french",
        [
            Step("eaux>eau/2 aux>al/3 ss>ss/0 s>/3 x>/3"),
            Step("e>/3"),
            Step("ll>l/2 nn>n/2 tt>t/2 ss>s/2"),
        ],
        Words("le la les de des du un une et ou en au aux pour par sur dans que qui ne pas est sont ce cette ces se son sa ses leur leurs il elle ils elles nous vous on avec"),
        [], SplitCompounds: false);

    /// <summary>Plural and gender (after Savoy's light Spanish stemmer): ciudades → ciudad, municipios and municipio →
    /// municipi, luces → luz.</summary>
    public static RuleSet Spanish { get; } = new("spanish",
        [
            Step("ces>z/2 es>/3:bcdfghjklmnpqrstvwxyz s>/3:aeiou"),
            Step("a>/3 o>/3 e>/3"),
        ],
        Words("el la los las lo un una unos unas de del al en con por para que se su sus es son como mas pero"),
        [], SplitCompounds: false);

    /// <summary>For a language without rules of its own: words are folded and split, nothing more.</summary>
    public static RuleSet None { get; } = new("none", [], FrozenSet<string>.Empty, [], SplitCompounds: false);

    public static IReadOnlyList<RuleSet> All { get; } = [Dutch, English, French, Spanish, None];

    public static RuleSet? Named(string name) => All.FirstOrDefault(r => r.Name == name);
}
