namespace Kennisbank.Assessments.Validation;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
