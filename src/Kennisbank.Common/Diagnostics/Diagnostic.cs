namespace Kennisbank.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>One problem, printed the way compilers print them so editors' tools can jump to it. The one diagnostic
/// type of the whole product: content, data, configuration, theme strings and self-assessment definitions.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message}";

    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Warning, code, message);
}
