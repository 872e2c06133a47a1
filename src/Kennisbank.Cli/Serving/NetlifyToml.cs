using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Serialization;

namespace Kennisbank.Cli.Serving;

/// <summary>netlify.toml read into Tomlyn's object model by generated code, not by reflection: a published kb is
/// compiled ahead of time (Native AOT), where reflection-based TOML reading is not supported.</summary>
[TomlSerializable(typeof(TomlTable))]
internal sealed partial class NetlifyToml : TomlSerializerContext
{
    /// <summary>With the options of one read (its file name, for the messages).</summary>
    public NetlifyToml(TomlSerializerOptions options) : this(options, _generated: true) { }
}
