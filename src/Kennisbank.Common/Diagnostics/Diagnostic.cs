namespace Kennisbank.Diagnostics;

/// <summary>Info: worth knowing, never a failure, printed with --verbose and counted in the build summary (e.g. a page
/// of an optional language shown in its fallback language). Warning: a problem; `--strict` makes it an error.</summary>
public enum Severity { Info, Warning, Error }

/// <summary>One problem, printed the way compilers print them so editors' tools can jump to it. The one diagnostic
/// type of the whole product: content, data, configuration, theme strings and self-assessment definitions.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public bool IsError => Severity == Severity.Error;
    public bool IsWarning => Severity == Severity.Warning;

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";

    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Warning, code, message);

    public static Diagnostic Info(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Info, code, message);
}
