using Kennisbank.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kennisbank.Site.Safety;

/// <summary>Rule 4 of the safety contract (docs/diagnostics.md): YAML is read with limits, so that no front matter,
/// data file or configuration can make a build hang, exhaust memory or overflow the stack. Read YAML through
/// <see cref="Parser"/>, which stops at the first limit exceeded and says where; <see cref="Check"/> only checks a
/// text.</summary>
/// <remarks>
/// Measured with YamlDotNet 16.3 on a 1.5 MB thread stack (the size of a thread-pool thread's stack, where pages are
/// parsed): <c>YamlStream.Load</c> overflows the stack at about 4,500 levels of <c>[[[…</c> and 3,000 levels of block
/// mappings, the deserializer at about 950 levels of either; a stack overflow ends the process, so it cannot be
/// caught. Nine levels of nine aliases each ("billion laughs", 377 bytes) load instantly, but walking the nodes
/// (<c>ToString()</c>) ran out of memory after 28 s. The event parser used here keeps its state on the heap: it read a
/// 100,000-deep <c>[[[…</c> without overflowing and it stops here at the first limit, after a few dozen events.
/// </remarks>
public static class YamlLimits
{
    /// <summary>Our deepest YAML is 3 levels (a data file: list, item, nl/en text); 32 leaves room for any future
    /// shape and stays far below where the recursive readers overflow.</summary>
    public const int MaximumDepth = 32;

    /// <summary>1 MiB: forty times the largest data file (the glossary, 24 KB).</summary>
    public const int MaximumLength = 1 << 20;

    /// <param name="yaml">The YAML text.</param>
    /// <param name="path">The file, for the diagnostic.</param>
    /// <param name="lineOffset">Lines of the file before the YAML's first line (1 for front matter, after its '---').</param>
    /// <returns>The first limit the text exceeds, or null. Malformed YAML returns null: the reader that follows
    /// reports it, with its own message, at the same place.</returns>
    public static Diagnostic? Check(string yaml, string path, int lineOffset = 0)
    {
        try
        {
            var parser = Parser(yaml, path, lineOffset);
            while (parser.MoveNext())
            {
            }
        }
        catch (Exceeded e)
        {
            return e.Diagnostic;
        }
        catch (YamlException)
        {
            return null;
        }
        return null;
    }

    /// <summary>A parser of the text that stops at the first limit, by throwing <see cref="Exceeded"/>: a tree built
    /// from it is read in the same single pass (<see cref="Yaml.YamlText"/>), and never gets deeper than the limit
    /// nor sees an alias. (The text was parsed twice, once to check it and once to read it: 4 % of a 2,000-pair
    /// build.)</summary>
    public static IParser Parser(string yaml, string path, int lineOffset = 0)
    {
        if (yaml.Length > MaximumLength)
            throw new Exceeded(Diagnostic.Error(path, 1 + lineOffset, 1, DiagnosticCodes.YamlTooComplex,
                $"the YAML is {yaml.Length:N0} characters long; at most {MaximumLength:N0} are read"));
        return new LimitedParser(new Parser(new StringReader(yaml)), path, lineOffset);
    }

    /// <summary>The limit a text exceeds, as the diagnostic to report.</summary>
    public sealed class Exceeded(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    /// <summary>Each event is looked at as it becomes the current one, before anything reads it.</summary>
    sealed class LimitedParser(IParser inner, string path, int lineOffset) : IParser
    {
        int depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext()) return false;
            switch (inner.Current)
            {
                // No aliases at all: no front-matter key or data file needs one, and an alias is how a few lines
                // of YAML grow into gigabytes ("billion laughs") or into a node that contains itself.
                case AnchorAlias alias:
                    throw Error(alias, $"the alias '*{alias.Value}' is not allowed: write the value out in full");
                case MappingStart or SequenceStart when ++depth > MaximumDepth:
                    throw Error(inner.Current, $"the YAML is nested more than {MaximumDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
            return true;
        }

        Exceeded Error(ParsingEvent at, string message) => new(
            Diagnostic.Error(path, (int)at.Start.Line + lineOffset, (int)at.Start.Column, DiagnosticCodes.YamlTooComplex, message));
    }
}
