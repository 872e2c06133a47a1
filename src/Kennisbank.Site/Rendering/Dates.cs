namespace Kennisbank.Site.Rendering;

/// <summary>"3 oktober 2023", "3 October 2023", "3 de octubre de 2023": the order and the words come from the strings
/// file ('date.format', 'months'), because the build runs with invariant globalization (no culture data, and no
/// machine-dependent output) and each language writes a date its own way.</summary>
public static class Dates
{
    public static string Format(DateOnly date, UiStrings strings) =>
        strings.Format("date.format", date.Day, strings["months"].Split(',')[date.Month - 1].Trim(), date.Year);
}
