namespace Kennisbank.Site;

/// <summary>The site's languages. Dutch is the primary language: it comes first and is the x-default.</summary>
public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";
    public static readonly IReadOnlyList<string> All = [Dutch, English];
    public const string Default = Dutch;

    public static bool IsKnown(string lang) => lang is Dutch or English;
    public static string Other(string lang) => lang == Dutch ? English : Dutch;
}
