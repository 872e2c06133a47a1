namespace Kennisbank.Diagnostics;

/// <summary>Every code the product can report, in one table: content (KB0xx) and self-assessment definitions (KB1xx).
/// docs/diagnostics.md explains each one; a test keeps that page and this table in step.</summary>
public static class DiagnosticCodes
{
    // An internal fault that belongs to no file: the message asks for a bug report (details with --verbose).
    public const string InternalError = "KB000";

    // Content: pages, data files, the site configuration and the theme's strings.
    public const string MalformedYaml = "KB001";
    public const string MissingRequiredKey = "KB002";
    public const string UnknownKey = "KB003";
    public const string SdgOutOfRange = "KB004";
    public const string DuplicateUrl = "KB005";
    public const string BrokenLink = "KB006";
    public const string MissingAnchor = "KB007";
    public const string MissingFile = "KB008";
    public const string ForbiddenHtml = "KB009";
    public const string NotUtf8 = "KB010";
    public const string MissingTranslation = "KB011";
    public const string InvalidValue = "KB012";
    public const string MisplacedFile = "KB013";
    public const string MalformedData = "KB014";
    public const string UnknownLayout = "KB015";
    public const string MissingDate = "KB016";
    public const string UnknownCallout = "KB017";
    public const string MissingAltText = "KB018";

    // The safety contract (docs/diagnostics.md, "Safety contract"): one code per rule.
    public const string NotARegularFile = "KB019";
    public const string ThirdPartyResource = "KB020";
    public const string ForbiddenUrlScheme = "KB021";
    public const string YamlTooComplex = "KB022";
    public const string NestedTooDeeply = "KB023";

    /// <summary>A file could not be processed because of a fault in kb itself; the file is named so the build can go on.</summary>
    public const string FileFault = "KB030";
    /// <summary>Two sources would write the same output file.</summary>
    public const string DuplicateOutput = "KB031";
    /// <summary>A file in _data/ that no feature reads.</summary>
    public const string UnknownDataFile = "KB032";
    /// <summary>A configured language misses an interface text, or has no strings file at all.</summary>
    public const string MissingString = "KB033";
    /// <summary>A page or text in a language the site configuration does not list.</summary>
    public const string UnknownLanguage = "KB034";
    /// <summary>A text in a data file misses one of the site's languages.</summary>
    public const string MissingText = "KB035";
    /// <summary>A control character in a text file: no HTML, XML feed or sitemap may contain one.</summary>
    public const string ControlCharacter = "KB036";
    /// <summary>The output could not be written (a full disk, no permission): nothing was written.</summary>
    public const string OutputNotWritten = "KB037";

    // Self-assessment definitions, reported at the line of the C# definition.
    /// <summary>An id is not lower-case words joined by '-' (ids become URL fragments, form names and script keys).</summary>
    public const string InvalidId = "KB100";
    /// <summary>Two questions, options of one question, dimensions or outcomes share an id.</summary>
    public const string DuplicateId = "KB101";
    /// <summary>A predicate names a question that does not exist.</summary>
    public const string UnknownQuestion = "KB102";
    /// <summary>A predicate names an option its question does not have.</summary>
    public const string UnknownOption = "KB103";
    /// <summary>Points or a predicate name a dimension that does not exist.</summary>
    public const string UnknownDimension = "KB104";
    /// <summary>A visibility condition depends on the question itself or a later one.</summary>
    public const string ConditionOnLaterQuestion = "KB105";
    /// <summary>No answer set reaches an outcome.</summary>
    public const string UnreachableOutcome = "KB106";
    /// <summary>A complete answer set matches no outcome.</summary>
    public const string NoOutcome = "KB107";
    /// <summary>An outcome's conditions hold for some answer sets, but an earlier outcome's always hold too: the order
    /// hides it.</summary>
    public const string ShadowedOutcome = "KB108";
    /// <summary>A recommendation, condition, caution or question links to a page, or a heading on it, that does not exist.</summary>
    public const string UnknownPage = "KB109";
    /// <summary>A text is empty in one of the languages.</summary>
    public const string EmptyText = "KB110";
    /// <summary>Negative points, or a dimension weight below 1.</summary>
    public const string InvalidNumber = "KB111";
    /// <summary>A visibility condition reads a score (scores exist only after all questions).</summary>
    public const string ScoreInCondition = "KB112";
    /// <summary>A question has the wrong options for its kind (fewer than two; yes/no without ja/nee/weet-niet; a scale without 1–5).</summary>
    public const string QuestionShape = "KB113";
    /// <summary>The assessment has no questions or outcomes.</summary>
    public const string Empty = "KB114";
    /// <summary>The fallback outcome is missing while there are gates, is not the last outcome, has conditions, or
    /// there is more than one.</summary>
    public const string Fallback = "KB115";
    /// <summary>A rule that never makes a difference: a gate that never fails, an entry condition that always holds,
    /// a caution that never shows.</summary>
    public const string IdleRule = "KB116";
}
