using Kennisbank.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Yaml;

/// <summary>Loads the YAML of a front matter, a data file or the site configuration into a node tree, or says why it
/// can't. Every YAML text of the product is read through here, so the limits on depth and aliases hold everywhere.</summary>
public static class YamlText
{
    /// <param name="lineOffset">Lines before the YAML in its file (1 for front matter, after the opening '---').</param>
    /// <param name="what">What the YAML is, for the message: "the front matter", "the data file".</param>
    public static (YamlNode? Root, Diagnostic? Problem) Load(string yaml, string path, int lineOffset, string code, string what)
    {
        // Safety contract, rule 4: aliases, depth and size are limited as YamlDotNet builds the tree, whose
        // recursion would otherwise overflow the stack, which no handler can catch.
        try
        {
            var stream = new YamlStream();
            stream.Load(Safety.YamlLimits.Parser(yaml, path, lineOffset));
            return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, null);
        }
        catch (Safety.YamlLimits.Exceeded e)
        {
            return (null, e.Diagnostic);
        }
        catch (YamlException e)
        {
            // At the end of the text the parser points one line past it; editors jump to the last line instead.
            var lines = yaml.Count(c => c == '\n') + (yaml.EndsWith('\n') ? 0 : 1);
            var line = Math.Clamp((int)e.Start.Line, 1, Math.Max(1, lines));
            return (null, Diagnostic.Error(path, line + lineOffset, Math.Max(1, (int)e.Start.Column), code,
                $"{what} is not valid YAML: {Message(e)}"));
        }
    }

    static string Message(YamlException e) =>
        (e.InnerException?.Message ?? e.Message).Split(" at Line", 2)[0].Trim().TrimEnd('.').Replace("While", "while", StringComparison.Ordinal);
}
