namespace Kennisbank.Site.Loading;

/// <summary>A Markdown file as read from disk: <c>input/&lt;section&gt;/&lt;name&gt;.&lt;lang&gt;.md</c>.</summary>
/// <param name="RelativePath">Path inside the input folder, with forward slashes.</param>
/// <param name="DisplayPath">The path printed in diagnostics, e.g. <c>input/lessen/durf-bijsturen.nl.md</c>.</param>
/// <param name="Section">The section folder, or "" for the home page.</param>
/// <param name="Name">The file name without language and extension; "index" for landing pages.</param>
public sealed record SourceDocument(string RelativePath, string DisplayPath, string Section, string Name, string Lang, string Text)
{
    /// <summary>The language-independent identity that pairs translations: "lessen/durf-bijsturen", "lessen/index", "index".</summary>
    public string Id => Section.Length == 0 ? Name : $"{Section}/{Name}";
    public bool IsIndex => Name == "index";
}

/// <summary>A file beside the pages (image, PDF) that is copied to the output next to them.</summary>
public sealed record Asset(string RelativePath, string FullPath, string DisplayPath);

/// <summary>The text of a YAML file in <c>input/_data/</c>.</summary>
public sealed record DataText(string Name, string DisplayPath, string Text);

/// <summary>input/site.yml, the site's configuration.</summary>
public sealed record ConfigFile(string DisplayPath, string Text);

public sealed record SiteSource(
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<Asset> Assets,
    IReadOnlyList<DataText> Data,
    ConfigFile? Config = null);
