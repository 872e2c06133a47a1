using Kennisbank.Diagnostics;
using Kennisbank.Site.Writing;

namespace Kennisbank.Site.Publishing;

/// <summary>Two sources that would write the same output file is an error, whatever kinds of files they are (a page,
/// a file beside it, a feed, a theme asset): one would silently overwrite the other. Pages that share a URL are
/// already reported by the link stage (KB005).</summary>
public static class DuplicateOutputs
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<OutputFile> pages, IReadOnlyList<OutputFile> others)
    {
        var isPage = pages.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var group in pages.Concat(others).GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            if (group.All(isPage.Contains)) continue;
            var sources = group.Select(f => f.Origin ?? "the build").Distinct().ToList();
            foreach (var file in group)
                yield return Diagnostic.Error(file.Origin ?? "kb", 1, 1, DiagnosticCodes.DuplicateOutput,
                    $"{sources.Count} sources would all be written to /{group.Key}: {string.Join(", ", sources)}; rename one of them");
        }
    }
}
