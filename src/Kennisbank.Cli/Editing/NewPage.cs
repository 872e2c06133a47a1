using System.Globalization;
using System.Text.RegularExpressions;
using Kennisbank.Site.Configuration;
using Kennisbank.Site.Extensibility;
using Kennisbank.Site.Features;
using Kennisbank.Site.Loading;
using Kennisbank.Site.Rendering;

namespace Kennisbank.Cli.Editing;

/// <summary>`kb new &lt;section&gt;/&lt;name&gt;`: a page in every language of the site, front matter filled in, so an
/// editor starts from a file the build accepts. `kb new update &lt;name&gt;` makes a dated post in the updates section.
/// It writes nothing when any of the files exists, or when the section does not: a typo must not make a new section.</summary>
public static partial class NewPage
{
    /// <summary>The word for "a post in the section with a feed", whatever that section is called.</summary>
    public const string Update = "update";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Name();

    [GeneratedRegex(@"^layout:\s*(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex LayoutLine();

    public static int Run(Settings settings, string target, DateOnly today)
    {
        var (source, _) = Loader.Load(settings.Input, settings.DisplayRoot);
        var (config, problems) = SiteConfigParser.Parse(source.Config?.Text, $"{settings.DisplayRoot}/{SiteConfigParser.FileName}");
        if (problems.Any(p => p.IsError))
        {
            foreach (var problem in problems) Console.Error.WriteLine(problem);
            return ExitCodes.ContentErrors;
        }
        var sections = source.Documents.Where(d => d.Section.Length > 0).Select(d => d.Section).Distinct().Order(StringComparer.Ordinal).ToList();

        string section, name;
        if (target.Split('/') is [Update, var post])
        {
            if (UpdatesSection(source, config) is not { } updates)
                return Usage("this site has no updates section (a section whose index page has a layout with a feed)");
            (section, name) = (updates, $"{today:yyyy-MM-dd}-{post}");
        }
        else if (target.Split('/') is [var s, var n] && n.Length > 0) (section, name) = (s, n);
        else return Usage($"say where the page goes: kb new <section>/<name> (sections: {string.Join(", ", sections)}), or kb new {Update} <name>");

        if (!sections.Contains(section))
            return Usage($"there is no section '{section}' (sections: {string.Join(", ", sections)}); a new section is a folder with an index page per language");
        if (!Name().IsMatch(name) || name == "index")
            return Usage($"'{name}' cannot be a page name: use lower-case letters, digits and single dashes, e.g. durf-bijsturen");

        var files = config.Codes.Select(lang => (Lang: lang, Path: Path.Combine(settings.Input, section, $"{name}.{lang}.md"))).ToList();
        if (files.FirstOrDefault(f => File.Exists(f.Path)) is { Path: not null } existing)
            return Usage($"{Display(settings, existing.Path)} already exists; nothing was written");

        var (strings, _) = UiStringsLoader.LoadAll(settings.ThemeDir, config);
        foreach (var (lang, path) in files)
            File.WriteAllText(path, Text(strings[lang], lang == config.DefaultLanguage, name, today));
        foreach (var (_, path) in files) Console.WriteLine($"created {Display(settings, path)}");
        Console.WriteLine($"Next: write the text in {config.Language(config.DefaultLanguage).Name} first, then each translation.");
        Console.WriteLine("Remove 'draft: true' to publish; `kb serve` shows the page as you type.");
        return ExitCodes.Success;
    }

    /// <summary>The page: a title to replace, the description asked for, today's date, and a first heading.</summary>
    static string Text(UiStrings strings, bool original, string name, DateOnly today) =>
        $"""
        ---
        title: {Quoted(strings["new.title"])}
        description: {Quoted(strings["new.description"])}
        {(original ? "" : $"slug: {name}   # {strings["new.slug"]}\n")}updated: {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        draft: true
        ---

        ## {strings["new.heading"]}

        {strings["new.body"]}

        """;

    static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The section whose index page (in the default language) uses a layout with a feed.</summary>
    static string? UpdatesSection(SiteSource source, SiteConfig config)
    {
        var schema = new ContentSchema(SiteFeatures.All());
        return source.Documents
            .Where(d => d.IsIndex && d.Section.Length > 0 && d.Lang == config.DefaultLanguage)
            .FirstOrDefault(d => LayoutLine().Match(d.Text) is { Success: true } m && schema.Layout(m.Groups[1].Value)?.Feed is not null)?.Section;
    }

    static string Display(Settings settings, string path) => Path.GetRelativePath(".", path).Replace('\\', '/');

    static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
