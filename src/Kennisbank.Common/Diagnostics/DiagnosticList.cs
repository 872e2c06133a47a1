using System.Collections.Immutable;

namespace Kennisbank.Diagnostics;

/// <summary>Ordering and counting for a run's diagnostics: by file, then position, so output is stable.</summary>
public static class DiagnosticList
{
    public static ImmutableArray<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();

    /// <summary>With --strict, warnings fail the build like errors do; infos stay infos.</summary>
    public static ImmutableArray<Diagnostic> Strict(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.IsWarning ? d with { Severity = Severity.Error } : d).ToImmutableArray();
}
