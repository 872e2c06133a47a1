using Kennisbank.Assessments.Model;
using Kennisbank.Diagnostics;

namespace Kennisbank.Assessments.Validation;

/// <summary>Diagnostics at the line of a definition (the product's one <see cref="Diagnostic"/> type).</summary>
internal static class Report
{
    public static Diagnostic Error(SourceLocation at, string code, string message) =>
        Diagnostic.Error(at.Path, at.Line, 1, code, message);

    public static Diagnostic Warning(SourceLocation at, string code, string message) =>
        Diagnostic.Warning(at.Path, at.Line, 1, code, message);
}
