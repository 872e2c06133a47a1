using Kennisbank.Site.Parsing;

namespace Kennisbank.Site.Rendering;

/// <summary>"3 oktober 2023", "3 October 2023", "3 de octubre de 2023": the order and the words come from the strings
/// file ('date.format', 'months'), because the build runs with invariant globalization (no culture data, and no
/// machine-dependent output) and each language writes a date its own way. A month without a day ("september 2022",
/// "septiembre de 2022") has its own pattern, 'date.month-format', so a date never looks more precise than its source.</summary>
public static class Dates
{
    public static string Format(PageDate date, UiStrings strings) => date.Day is { } day
        ? strings.Format("date.format", day, MonthName(date.Month, strings), date.Year)
        : strings.Format("date.month-format", MonthName(date.Month, strings), date.Year);

    /// <summary>"Bijgewerkt op" before a day, "Bijgewerkt in" before a month: the label agrees with the precision.</summary>
    public static string UpdatedLabel(PageDate date, UiStrings strings) => strings[date.HasDay ? "updated" : "updated.month"];

    static string MonthName(int month, UiStrings strings) => strings["months"].Split(',')[month - 1].Trim();
}
