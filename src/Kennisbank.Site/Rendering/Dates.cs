namespace Kennisbank.Site.Rendering;

/// <summary>"3 oktober 2023" / "3 October 2023". Month names come from the strings file, because the build runs
/// with invariant globalization (no culture data, and no machine-dependent output).</summary>
public static class Dates
{
    public static string Format(DateOnly date, UiStrings strings) =>
        $"{date.Day} {strings["months"].Split(',')[date.Month - 1].Trim()} {date.Year}";
}
