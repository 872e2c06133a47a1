using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Extensibility;

/// <summary>A front-matter key a feature adds, with its rule: <paramref name="Read"/> returns the typed value, or
/// null after reporting what is wrong through the reader. The value is kept in <see cref="Parsing.FrontMatter.Extra"/>.</summary>
public sealed record FrontMatterKey(string Name, Func<YamlReader, YamlNode, object?> Read)
{
    /// <summary>How the CMS shows the key; a key without one is missing from the CMS, and a test says so.</summary>
    public EditorField? Editor { get; init; }
}
