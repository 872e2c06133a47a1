using System.Runtime.CompilerServices;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Building;

/// <summary>
/// Writes a <see cref="Condition"/> where it is defined (usually a field of the definition, so outcomes can share it),
/// recording the line for diagnostics.
/// </summary>
public static class Conditions
{
    /// <param name="sentence">What is needed, as a sentence a council member can check.</param>
    /// <param name="pageRef">The page that explains it: the source.</param>
    /// <param name="suggestion">True when the condition is the knowledge base's own (a threshold), not the sources'.</param>
    public static Condition Make(string id, Predicate holds, Text sentence, string pageRef, bool suggestion = false,
        [CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        new(id, holds, sentence, pageRef, suggestion, SourceLocation.From(file, line));
}
