namespace Kennisbank.Site.Features.Cms;

/// <summary>The CMS's own script files, unpacked from its npm package (kb does that: src/Kennisbank.Cli/Cms), to be
/// published under /admin/ beside the generated configuration. No script of the CMS comes from another origin.</summary>
/// <param name="Folder">The package's <c>dist</c> folder.</param>
/// <param name="Files">The files to publish, relative to <paramref name="Folder"/>: the entry script, its chunks and
/// WebAssembly modules (not the source maps).</param>
public sealed record CmsBundle(string Name, string Version, string Folder, IReadOnlyList<string> Files)
{
    public const string EntryScript = "decap-cms.js";
}
