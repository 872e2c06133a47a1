namespace Kennisbank.Assessments.Tests.Support;

/// <summary>A stand-in for the site's URL resolver: deterministic, language-aware, keeps the anchor.</summary>
public static class Urls
{
    public static Func<string, string> For(string lang) => pageRef => $"/{lang}/{pageRef.Replace("#", "/#", StringComparison.Ordinal)}";
}
