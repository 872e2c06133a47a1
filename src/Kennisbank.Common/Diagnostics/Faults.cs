namespace Kennisbank.Diagnostics;

/// <summary>Turns an unexpected exception into a diagnostic at a stage boundary, so that no input can make kb print a
/// stack trace (docs/diagnostics.md, "No stack trace, ever"). A fault that belongs to a file names the file, and the
/// build reports on; one that belongs to no file asks for a bug report.</summary>
public static class Faults
{
    /// <summary>Details of faults for `--verbose`: kept here, printed by the command line only when asked.</summary>
    public static event Action<Exception>? Recorded;

    /// <summary>Keeps the details of an exception that was reported as a diagnostic of its own, for `--verbose`.</summary>
    public static void Record(Exception e) => Recorded?.Invoke(e);

    public static Diagnostic InFile(string path, string what, Exception e)
    {
        Recorded?.Invoke(e);
        var message = e switch
        {
            InsufficientExecutionStackException => $"{what}: it is nested too deeply to process; flatten the nesting (blockquotes, lists, brackets)",
            _ => $"{what}: kb met an internal fault ({e.GetType().Name}: {FirstLine(e.Message)}); please report it as a bug, with this file",
        };
        return Diagnostic.Error(path, 1, 1, DiagnosticCodes.FileFault, message);
    }

    /// <summary>A fault in a stage that belongs to no one file.</summary>
    public static Diagnostic Internal(string stage, Exception e)
    {
        Recorded?.Invoke(e);
        return Diagnostic.Error("kb", 1, 1, DiagnosticCodes.InternalError,
            $"internal error in the {stage} stage ({e.GetType().Name}: {FirstLine(e.Message)}); please report it as a bug (run with --verbose for the details)");
    }

    static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
