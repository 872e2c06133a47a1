using System.Collections.Immutable;

namespace Kennisbank.Site.Parsing;

/// <summary>The typed front matter of a page. docs/editing.md is the editors' reference for every key.</summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    int? Order = null,
    string? Slug = null,
    ImmutableArray<int> Sdgs = default,
    DateOnly? Updated = null,
    bool Draft = false,
    string? Layout = null,
    int? Step = null,
    int? Period = null)
{
    public ImmutableArray<int> Sdgs { get; init; } = Sdgs.IsDefault ? [] : Sdgs;
}

/// <summary>Front-matter keys, named once.</summary>
public static class FrontMatterKeys
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Order = "order";
    public const string Slug = "slug";
    public const string Sdgs = "sdgs";
    public const string Updated = "updated";
    public const string Draft = "draft";
    public const string Layout = "layout";
    public const string Step = "step";
    public const string Period = "period";

    public static readonly ImmutableArray<string> All =
        [Title, Description, Order, Slug, Sdgs, Updated, Draft, Layout, Step, Period];
}

/// <summary>Layout names, named once; the theme has one component per layout.</summary>
public static class LayoutNames
{
    public const string Page = "page";
    public const string Section = "section";
    public const string Home = "home";
    public const string Roadmap = "roadmap";
    public const string Updates = "updates";
    public const string Glossary = "glossary";
    public const string Sdgs = "sdgs";
    public const string Assessments = "assessments";

    public static readonly ImmutableArray<string> All = [Page, Section, Home, Roadmap, Updates, Glossary, Sdgs, Assessments];
}
