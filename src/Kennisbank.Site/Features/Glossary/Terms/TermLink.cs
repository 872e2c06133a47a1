namespace Kennisbank.Site.Features.Glossary.Terms;

/// <summary>A glossary term as a page's text links it: the words that mention it, where its entry is, and its short
/// definition for the popover and for assistive technology (aria-describedby).</summary>
/// <param name="Forms">The words, longest first: the term, and its name without a parenthesis ("City link" for
/// "City link (stedenband)").</param>
/// <param name="ExactCase">Whether case matters: for abbreviations and names ("GROS" is not French "gros").</param>
/// <param name="Id">The definition's id on the page, unique per term.</param>
/// <param name="Lang">The definition's language where it is not the text's (a page not translated yet), else null.</param>
public sealed record TermLink(string Term, IReadOnlyList<string> Forms, bool ExactCase, string Url, string Id, string Definition, string? Lang);

/// <summary>What the renderer of one page needs: the terms of its text's language, and the words around them.</summary>
/// <param name="InfoLabel">"Wat betekent {0}?": the name of the button that shows a definition.</param>
/// <param name="Plurals">The plural endings of the text's language, longest first (Dutch: -en, -s).</param>
public sealed record PageTerms(IReadOnlyList<TermLink> Terms, string InfoLabel, IReadOnlyList<string> Plurals);
