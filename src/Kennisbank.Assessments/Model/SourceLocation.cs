namespace Kennisbank.Assessments.Model;

/// <summary>Where a definition was written, so a diagnostic can point at the line a secretary has to change.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public static readonly SourceLocation Unknown = new("<unknown>", 0);

    /// <summary>
    /// Makes a compiler-supplied absolute path repo-relative (from <c>src/</c> or <c>tests/</c> on), so diagnostics
    /// read the same on every machine.
    /// </summary>
    public static SourceLocation From(string callerFilePath, int line)
    {
        var path = callerFilePath.Replace('\\', '/');
        foreach (var root in new[] { "/src/", "/tests/" })
        {
            var at = path.LastIndexOf(root, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new SourceLocation(path[(at + 1)..], line);
            }
        }

        return new SourceLocation(path, line);
    }
}
