namespace Kennisbank.Cli.Serving;

/// <summary>The rules of the built site's `_redirects` file, which the build writes (e.g. "/" to the visitor's language).
/// <see cref="Load"/> reads it again after each build; a site without the file has no rules. Each warning about a line is
/// printed once, not after every rebuild.</summary>
public sealed class RedirectsFile(string path, TextWriter warnings)
{
    readonly HashSet<string> printed = [];
    volatile IReadOnlyList<RedirectRule> rules = [];

    public IReadOnlyList<RedirectRule> Rules => rules;

    public void Load()
    {
        if (!File.Exists(path)) { rules = []; return; }
        var result = NetlifyRedirects.Parse(File.ReadAllText(path));
        foreach (var warning in result.Warnings.Where(printed.Add)) warnings.WriteLine(warning);
        rules = result.Rules;
    }
}
