using System.Collections.Frozen;

namespace Kennisbank.Site.History;

/// <summary>The last commit that touched one file.</summary>
/// <param name="Sequence">The commit's place in the log, 0 for the newest: "changed after" compares these, not dates,
/// because two commits of one day (or a rebase) share a date.</param>
public sealed record FileCommit(string Hash, DateOnly Date, string Subject, int Sequence);

/// <summary>Where the site's dates come from in this build.</summary>
public enum DateSource
{
    /// <summary>The last commit that touched each page's file.</summary>
    Git,
    /// <summary>Front-matter <c>updated</c>: there is no usable history (no git, not a repository, a shallow clone).</summary>
    FrontMatter,
}

/// <summary>The git history of the input folder, as far as the build needs it: per file (its path inside the input
/// folder, with forward slashes), the last commit that touched it. Read once per build (<see cref="GitLog"/>).</summary>
/// <param name="Note">Why there is no history, when there is none: one line for the build summary.</param>
/// <param name="InputPrefix">The input folder's path inside the repository ("input/"), for links to the source files.</param>
public sealed record SourceHistory(FrozenDictionary<string, FileCommit> Files, DateSource Source, string? Note, string InputPrefix = "")
{
    public static SourceHistory None(string note) =>
        new(FrozenDictionary<string, FileCommit>.Empty, DateSource.FrontMatter, note);

    /// <summary>No history was asked for (tests that build without one say so explicitly).</summary>
    public static SourceHistory Off { get; } = None("history not read");

    public FileCommit? Of(string relativePath) => Files.GetValueOrDefault(relativePath);

    /// <summary>The build summary's line, e.g. "dates: git history" or "dates: front matter (not a git repository)".</summary>
    public string Summary => Source == DateSource.Git ? "dates: last git commit per page" : $"dates: front matter 'updated' ({Note})";
}
