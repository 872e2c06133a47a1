namespace Kennisbank.Assessments.Tests.Support;

/// <summary>Files of the repository the tests read (the page scripts, the docs), found from this source file's location.</summary>
public static class RepoPaths
{
    public static string Root([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string FormScript => Path.Combine(Root(), "theme", "assets", "js", "assessment-form.js");

    /// <summary>The facilitator's page script (the group session's interface).</summary>
    public static string GroupPageScript => Path.Combine(Root(), "theme", "assets", "js", "assessment-group.js");

    public static string Docs => Path.Combine(Root(), "docs", "assessments.md");
}
