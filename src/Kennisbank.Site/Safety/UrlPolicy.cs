using System.Text;
using Kennisbank.Diagnostics;

namespace Kennisbank.Site.Safety;

/// <summary>How a page uses a URL, which decides what it may be.</summary>
public enum UrlUse
{
    /// <summary>The reader follows it (a link): any origin, with an allowed scheme.</summary>
    Follow,
    /// <summary>The browser fetches it by itself (a stylesheet, a video, a form's target …): this site only.</summary>
    Load,
    /// <summary>The browser fetches it as an image: this site only, or a <c>data:</c> URL (CSP <c>img-src 'self' data:</c>).</summary>
    LoadImage,
}

/// <summary>Rules 2 and 3 of the safety contract (docs/diagnostics.md), for every URL in content, whatever the
/// syntax it was written in: what a page loads is same-origin, and what a reader follows uses an allowed scheme.</summary>
public static class UrlPolicy
{
    /// <summary>Schemes a link may use. Anything else (javascript:, vbscript:, data:, file:, blob:, an unknown or
    /// misspelt scheme) is refused rather than guessed about.</summary>
    public static readonly IReadOnlySet<string> LinkSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.Ordinal);

    public readonly record struct Problem(string Code, string Message);

    /// <param name="url">The URL as the browser will get it (character references already decoded).</param>
    /// <param name="use">What the page does with it.</param>
    /// <param name="what">How the diagnostic names the place, e.g. "the image" or "'src' on &lt;img&gt;".</param>
    public static Problem? Check(string? url, UrlUse use, string what)
    {
        if (url is null) return null;
        var normalized = Normalize(url);
        var scheme = Scheme(normalized);
        if (scheme is not null && scheme != "data" && !LinkSchemes.Contains(scheme))
            return new(DiagnosticCodes.ForbiddenUrlScheme,
                $"{what} uses the scheme '{scheme}:'; a URL may only use http, https, mailto or tel, or be relative");
        switch (use)
        {
            case UrlUse.Follow when scheme == "data":
                return new(DiagnosticCodes.ForbiddenUrlScheme,
                    $"{what} is a data: URL; a link may only use http, https, mailto or tel, or be relative");
            case UrlUse.Follow:
            case UrlUse.LoadImage when scheme == "data":
                return null;
            case UrlUse.Load when scheme == "data":
                return new(DiagnosticCodes.ThirdPartyResource,
                    $"{what} loads a data: URL; the Content Security Policy allows data: only for images");
        }
        if (scheme is not null || IsNetworkPath(normalized))
            return new(DiagnosticCodes.ThirdPartyResource,
                $"{what} loads '{url.Trim()}' from another origin; the Content Security Policy allows only this site's own files " +
                "(put the file beside the page and refer to it relatively)");
        return null;
    }

    /// <summary>The URL as the WHATWG URL Standard's basic URL parser first cleans it: leading and trailing C0 controls
    /// and spaces removed, then every ASCII tab and newline removed, wherever it is (so "java&amp;#9;script:" is
    /// "javascript:" to a browser).</summary>
    public static string Normalize(string url)
    {
        var trimmed = url.AsSpan().Trim(C0ControlOrSpace);
        if (trimmed.IndexOfAny('\t', '\n', '\r') < 0) return trimmed.ToString();
        var clean = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
            if (c is not ('\t' or '\n' or '\r')) clean.Append(c);
        return clean.ToString();
    }

    static readonly string C0ControlOrSpace = new([.. Enumerable.Range(0, 0x21).Select(i => (char)i)]);

    /// <summary>The scheme, lower-cased, as the URL Standard's "scheme start state" and "scheme state" read it from a
    /// normalized URL: an ASCII letter, then letters, digits, '+', '-' or '.', then ':'. Null for a relative URL
    /// (any other character before the first ':' makes the whole URL a path, e.g. "my page: notes.md").</summary>
    public static string? Scheme(string normalized)
    {
        if (normalized.Length == 0 || !char.IsAsciiLetter(normalized[0])) return null;
        for (var i = 1; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == ':') return normalized[..i].ToLowerInvariant();
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return null;
        }
        return null;
    }

    /// <summary>"//host/…": another origin with this page's scheme. For http(s) URLs the URL Standard reads '\' as '/',
    /// so "\\host", "/\host" and "\/host" are the same.</summary>
    static bool IsNetworkPath(string normalized) =>
        normalized.Length >= 2 && normalized[0] is '/' or '\\' && normalized[1] is '/' or '\\';

    /// <summary>What the browser does with a URL attribute of raw HTML (HTML Living Standard, each element's content
    /// attributes; SVG 2 for <c>href</c> and <c>xlink:href</c>), or null when the attribute holds no URL.</summary>
    /// <param name="element">The element's local name, lower case.</param>
    /// <param name="attribute">The attribute's name, lower case.</param>
    public static UrlUse? UseOf(string element, string attribute, bool isMathMl = false) => attribute switch
    {
        // <a> and <area> navigate (in HTML, SVG and MathML, where any element may be a link); everything else with
        // an href fetches it: <link> (stylesheet, icon, preload …), SVG <use>, <image>, <feImage>, gradients, patterns.
        "href" or "xlink:href" => element is "a" or "area" || isMathMl ? UrlUse.Follow
            : element is "image" or "feimage" ? UrlUse.LoadImage : UrlUse.Load,
        "src" => element is "img" or "input" ? UrlUse.LoadImage : UrlUse.Load,
        "srcset" or "imagesrcset" or "poster" or "background" or "lowsrc" => UrlUse.LoadImage,
        // <object data> (the element itself is refused too), old plugin attributes, <html manifest>, the target of a
        // form (CSP form-action 'self'), and ping (sent when a link is followed: CSP connect-src).
        "data" when element == "object" => UrlUse.Load,
        "codebase" or "archive" or "classid" or "dynsrc" or "manifest" or "action" or "formaction" or "ping" => UrlUse.Load,
        // Not fetched, but a reader can follow them (and a script could): links for the allowlist of schemes.
        "cite" or "longdesc" => UrlUse.Follow,
        _ => null,
    };

    /// <summary>The URLs in an attribute's value: one, or a list for <c>srcset</c> (HTML "parse a srcset attribute":
    /// a URL may contain commas, as data: URLs do) and <c>ping</c> (space-separated).</summary>
    public static IEnumerable<string> UrlsIn(string attribute, string value)
    {
        if (attribute is "srcset" or "imagesrcset") return SrcsetUrls(value);
        if (attribute == "ping") return value.Split([' ', '\t', '\n', '\f', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return [value];
    }

    static List<string> SrcsetUrls(string value)
    {
        var urls = new List<string>();
        var i = 0;
        while (true)
        {
            while (i < value.Length && (IsHtmlSpace(value[i]) || value[i] == ',')) i++;
            if (i >= value.Length) return urls;
            var start = i;
            while (i < value.Length && !IsHtmlSpace(value[i])) i++;
            var url = value[start..i];
            if (url.EndsWith(','))
            {
                urls.Add(url.TrimEnd(','));
                continue;
            }
            urls.Add(url);
            // Descriptors ("2x", "300w") run to the next comma outside parentheses.
            var inParens = false;
            for (; i < value.Length; i++)
            {
                if (value[i] == '(') inParens = true;
                else if (value[i] == ')') inParens = false;
                else if (value[i] == ',' && !inParens) break;
            }
        }
    }

    static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>The arguments of every CSS <c>url(…)</c> in a value (an SVG presentation attribute such as
    /// <c>fill</c>, <c>filter</c>, <c>mask</c> or <c>cursor</c> is CSS), after CSS escapes are undone (CSS Syntax
    /// Level 3, "consume an escaped code point"), so that <c>u\72l(</c> is found too.</summary>
    public static IEnumerable<string> CssUrls(string value)
    {
        if (!value.Contains('(', StringComparison.Ordinal)) yield break;
        var css = Unescape(value);
        var at = 0;
        while ((at = css.IndexOf("url(", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var i = at + 4;
            while (i < css.Length && char.IsWhiteSpace(css[i])) i++;
            var end = i < css.Length && css[i] is '"' or '\'' ? css.IndexOf(css[i], i + 1) : css.IndexOf(')', i);
            var start = i < css.Length && css[i] is '"' or '\'' ? i + 1 : i;
            if (end < 0) end = css.Length;
            yield return css[start..end].Trim();
            at = Math.Max(end, at + 4);
        }
    }

    static string Unescape(string css)
    {
        if (!css.Contains('\\', StringComparison.Ordinal)) return css;
        var result = new StringBuilder(css.Length);
        for (var i = 0; i < css.Length; i++)
        {
            if (css[i] != '\\' || i + 1 >= css.Length)
            {
                result.Append(css[i]);
                continue;
            }
            var hex = 0;
            while (hex < 6 && i + 1 + hex < css.Length && char.IsAsciiHexDigit(css[i + 1 + hex])) hex++;
            if (hex == 0)
            {
                result.Append(css[++i]);
                continue;
            }
            var code = Convert.ToInt32(css.Substring(i + 1, hex), 16);
            result.Append(code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : "\uFFFD");
            i += hex;
            if (i + 1 < css.Length && char.IsWhiteSpace(css[i + 1])) i++;
        }
        return result.ToString();
    }
}
