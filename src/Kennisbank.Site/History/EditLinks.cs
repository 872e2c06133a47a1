using Kennisbank.Site.Linking;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Site.History;

/// <summary>"Edit this page": the page's source file in the repository (input/site.yml, <c>repository:</c>), and its
/// entry in the browser editor when a feature offers one (<see cref="Extensibility.ISiteFeature.EditUrl"/>). Without a
/// repository there is neither: nobody could save the change.</summary>
public sealed record EditLinks(string? Source, string? Editor)
{
    /// <summary>The branch editors change; the repository's default branch.</summary>
    public const string Branch = "main";

    public static EditLinks None { get; } = new(null, null);

    public static EditLinks For(LinkedPage page, SiteContext context)
    {
        if (page.Source is null || context.Config.Repository is not { } repository) return None;
        // The prefix comes from git (where input/ sits in the repository); outside one, input/ at the root is assumed.
        var prefix = context.History.InputPrefix.Length > 0 ? context.History.InputPrefix : context.InputPrefix;
        var source = $"{repository}/edit/{Branch}/{prefix}{page.Source.Source.RelativePath}";
        var editor = context.Schema.Features.Select(f => f.EditUrl(page, context)).FirstOrDefault(url => url is not null);
        return new EditLinks(source, editor);
    }
}
