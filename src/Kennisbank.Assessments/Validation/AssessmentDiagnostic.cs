using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Validation;

/// <summary>A finding about a definition, printed the way compilers print them so editors can jump to the line.</summary>
public sealed record AssessmentDiagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Code, string Message)
{
    public static AssessmentDiagnostic Error(SourceLocation at, string code, string message) =>
        new(at.Path, at.Line, 1, DiagnosticSeverity.Error, code, message);

    public static AssessmentDiagnostic Warning(SourceLocation at, string code, string message) =>
        new(at.Path, at.Line, 1, DiagnosticSeverity.Warning, code, message);

    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}
