using Kennisbank.Site.Configuration;
using Kennisbank.Site.Yaml;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Extensibility;

/// <summary>A file in <c>_data/</c> that a feature reads, e.g. <c>_data/sdgs.yml</c>. <see cref="Read"/> turns its
/// YAML into the feature's own typed value, reporting problems through the reader; <see cref="Empty"/> stands in when
/// the file is missing or broken. Features find their value with <see cref="Data.SiteData.Get{T}"/>.</summary>
public abstract record DataFile(string Name, Type Type)
{
    public abstract object Empty { get; }
    public abstract object Read(YamlReader reader, YamlNode? root, SiteConfig config);

    public static DataFile Of<T>(string name, T empty, Func<YamlReader, YamlNode?, SiteConfig, T> read) where T : class =>
        new Typed<T>(name, empty, read);

    sealed record Typed<T>(string FileName, T EmptyValue, Func<YamlReader, YamlNode?, SiteConfig, T> ReadValue)
        : DataFile(FileName, typeof(T)) where T : class
    {
        public override object Empty => EmptyValue;
        public override object Read(YamlReader reader, YamlNode? root, SiteConfig config) => ReadValue(reader, root, config);
    }
}
