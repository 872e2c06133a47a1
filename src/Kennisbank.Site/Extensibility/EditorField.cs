using Kennisbank.Site.Configuration;
using Kennisbank.Site.Data;

namespace Kennisbank.Site.Extensibility;

/// <summary>How the browser editor (the CMS at /admin/) shows a front-matter key, declared with the key so that the
/// CMS configuration is generated from the content model and cannot drift from it (Features/Cms).</summary>
/// <param name="Widget">The editor's kind of input: string, text, number, boolean, datetime, select.</param>
public sealed record EditorField(string Widget)
{
    public int? Min { get; init; }
    public int? Max { get; init; }
    /// <summary>Several values (a select of many).</summary>
    public bool Multiple { get; init; }
    /// <summary>Written per language (a title); otherwise one value, copied into every language's file.</summary>
    public bool Translated { get; init; }
    /// <summary>The values to choose from, made from the site's data (e.g. the SDGs' names).</summary>
    public Func<SiteData, SiteConfig, IReadOnlyList<EditorChoice>>? Choices { get; init; }
    /// <summary>The value a new page starts with; a switch starts off unless it says otherwise.</summary>
    public object? Default { get; init; }

    public static EditorField Number(int min, int? max = null) => new("number") { Min = min, Max = max };
}

/// <summary>One value of a select, with the label the editor sees.</summary>
public sealed record EditorChoice(string Value, string Label);
