using System.Globalization;

namespace Kennisbank.Site.Parsing;

/// <summary>A page's date, as precise as its source and no more: a day (<c>updated: 2023-10-03</c>) or only a month
/// (<c>updated: 2022-09</c>, shown as "september 2022"). Some sources give only a month or a period (seed 001:
/// "september 2022", "januari – juni 2019"); a day made up to fill the gap would be a fact the site added.</summary>
public readonly record struct PageDate(int Year, int Month, int? Day = null) : IComparable<PageDate>
{
    public bool HasDay => Day is not null;

    /// <summary>"2023-10-03" or "2022-09": a valid HTML &lt;time datetime&gt; (date or month string) and W3C
    /// datetime (the sitemap's lastmod).</summary>
    public string Iso => HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : $"{Year:D4}-{Month:D2}";

    /// <summary>The first day the date covers. Only for formats that cannot say "a month" (Atom's RFC 3339 timestamps).</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    /// <summary>Reads YYYY-MM-DD or YYYY-MM; anything else (or a day that does not exist) is false.</summary>
    public static bool TryParse(string text, out PageDate date)
    {
        date = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            date = new PageDate(day.Year, day.Month, day.Day);
        else if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            date = new PageDate(month.Year, month.Month);
        else
            return false;
        return true;
    }

    public static PageDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Chronological; a month comes before the days in it (it is known to have begun by the first), so the
    /// order is total and the same on every machine.</summary>
    public int CompareTo(PageDate other) =>
        (Year, Month, Day ?? 0).CompareTo((other.Year, other.Month, other.Day ?? 0));

    public static bool operator <(PageDate a, PageDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PageDate a, PageDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PageDate a, PageDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PageDate a, PageDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Iso;
}
