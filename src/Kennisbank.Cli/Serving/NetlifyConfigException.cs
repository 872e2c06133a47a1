namespace Kennisbank.Cli.Serving;

/// <summary>netlify.toml cannot be used. The message is one line, "file:line:col: error: what", in the form of the build's
/// own diagnostics, so `kb serve` can print it as it is instead of a stack trace.</summary>
public sealed class NetlifyConfigException(string message) : Exception(message);
