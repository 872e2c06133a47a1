using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Kennisbank.Site.Extensibility;

/// <summary>Everything content may say, gathered once from the core and the features: the front-matter keys beyond
/// the core ones, the layouts, and the data files.</summary>
public sealed class ContentSchema
{
    public ContentSchema(IReadOnlyList<ISiteFeature> features)
    {
        Features = features;
        Keys = features.SelectMany(f => f.Keys).ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
        Layouts = CoreLayouts.All.Concat(features.SelectMany(f => f.Layouts)).ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);
        DataFiles = features.SelectMany(f => f.DataFiles).ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        KeyNames = [.. Parsing.FrontMatterKeys.Core, .. Keys.Keys.Order(StringComparer.Ordinal)];
        LayoutNames = [.. Layouts.Keys.Order(StringComparer.Ordinal)];
    }

    public static ContentSchema Core { get; } = new([]);

    public IReadOnlyList<ISiteFeature> Features { get; }
    public FrozenDictionary<string, FrontMatterKey> Keys { get; }
    public FrozenDictionary<string, LayoutDeclaration> Layouts { get; }
    public FrozenDictionary<string, DataFile> DataFiles { get; }

    /// <summary>Every front-matter key, core first, for "allowed: …" in messages.</summary>
    public ImmutableArray<string> KeyNames { get; }
    public ImmutableArray<string> LayoutNames { get; }

    public LayoutDeclaration? Layout(string name) => Layouts.GetValueOrDefault(name);
}
