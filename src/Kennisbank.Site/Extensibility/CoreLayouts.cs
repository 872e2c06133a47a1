namespace Kennisbank.Site.Extensibility;

/// <summary>The layouts every site has, whatever its features: the home page, a section's landing page, a page.</summary>
public static class CoreLayouts
{
    public const string Page = "page";
    public const string Section = "section";
    public const string Home = "home";

    public static readonly IReadOnlyList<LayoutDeclaration> All = [new(Page), new(Section), new(Home)];
}
