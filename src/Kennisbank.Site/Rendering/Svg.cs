using System.Globalization;
using System.Xml.Linq;

namespace Kennisbank.Site.Rendering;

/// <summary>Small helpers for the drawings features make at build time (the roadmap, the SDG board): SVG written with
/// XElement, so every text is escaped, and text wrapping, which SVG does not do itself. Shapes carry classes and
/// site.css colours them, so a drawing follows the light and dark schemes and prints in black and white.</summary>
public static class Svg
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    /// <summary>An average character's width in em for the site's sans-serif (system-ui) text; generous (DejaVu Sans,
    /// the widest common fallback, needs it), so a wrapped line fits its box on every system.</summary>
    const double CharWidth = 0.62;

    public static XElement El(string name, params object?[] content) => new(Ns + name, content.Where(c => c is not null));

    public static XAttribute A(string name, double value) => new(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    public static XAttribute A(string name, string value) => new(name, value);

    /// <summary>Lines of text, the first baseline at <paramref name="y"/>. A space between the lines (outside them,
    /// so an underline does not run on) keeps the words apart for assistive technology.</summary>
    public static XElement Text(string @class, double x, double y, IReadOnlyList<string> lines, double fontSize, double lineHeight, string anchor = "start") =>
        El("text", A("class", @class), A("x", x), A("y", y), A("font-size", fontSize), anchor == "start" ? null : A("text-anchor", anchor),
            lines.SelectMany((line, i) => new object[] { i == 0 ? "" : " ", El("tspan", A("x", x), i == 0 ? null : A("dy", lineHeight), line) }));

    /// <summary>The width the longest word of <paramref name="text"/> needs: no wrapping can make a box narrower.</summary>
    public static double LongestWord(string text, double fontSize) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max() * fontSize * CharWidth;

    /// <summary>Words into lines of at most the characters that fit <paramref name="width"/> at
    /// <paramref name="fontSize"/>; a word longer than a line gets a line of its own.</summary>
    public static IReadOnlyList<string> Wrap(string text, double width, double fontSize)
    {
        var max = Math.Max(6, (int)(width / (fontSize * CharWidth)));
        var lines = new List<string>();
        var line = "";
        // French puts a space before ? ! : ; and never starts a line with them.
        foreach (var c in "?!:;") text = text.Replace(" " + c, "\u00A0" + c, StringComparison.Ordinal);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > max)
            {
                lines.Add(line);
                line = word;
            }
            else
                line = line.Length == 0 ? word : line + " " + word;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
