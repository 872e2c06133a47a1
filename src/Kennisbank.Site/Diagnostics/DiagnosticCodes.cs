namespace Kennisbank.Site.Diagnostics;

/// <summary>Every code the site build can report, in one place (docs/diagnostics.md explains each).</summary>
public static class DiagnosticCodes
{
    public const string MalformedYaml = "KB001";
    public const string MissingRequiredKey = "KB002";
    public const string UnknownFrontMatterKey = "KB003";
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
}
