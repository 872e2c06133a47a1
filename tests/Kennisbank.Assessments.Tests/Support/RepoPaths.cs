namespace Kennisbank.Assessments.Tests.Support;

/// <summary>Files of the repository the tests read (the shared form script), found from this source file's location.</summary>
public static class RepoPaths
{
    public static string Root([System.Runtime.CompilerServices.CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    public static string FormScript => Path.Combine(Root(), "theme", "assets", "js", "assessment-form.js");
}
