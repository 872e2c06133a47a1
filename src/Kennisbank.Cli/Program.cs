using System.CommandLine;
using Kennisbank.Cli;
using Kennisbank.Cli.Editing;
using Kennisbank.Cli.Translations;

// kb build | check | serve | new | translations. Exit codes: 0 success (warnings allowed), 1 content errors, 2 wrong usage.
var input = new Option<string>("--input", "-i") { Description = "The content folder", DefaultValueFactory = _ => "input" };
var output = new Option<string>("--output", "-o") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
var strict = new Option<bool>("--strict") { Description = "Treat warnings (e.g. a missing translation) as errors" };
var baseUrl = new Option<string?>("--base-url") { Description = "The public address, for canonical links, feeds and the sitemap (default: base-url in input/site.yml)" };
var verbose = new Option<bool>("--verbose") { Description = "Print every info too, and the details of an internal error", Recursive = true };
var theme = new Option<string?>("--theme") { Description = "The theme folder (default: ./theme, else the copy beside the program)" };
var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
var noWatch = new Option<bool>("--no-watch") { Description = "Serve the built site without watching for changes" };
var timings = new Option<bool>("--timings") { Description = "Print the time each stage took" };
var format = new Option<string?>("--format") { Description = "text, or github for GitHub annotations (the default when GITHUB_ACTIONS=true)" };
format.AcceptOnlyFromAmong("text", "github");
var reportFormat = new Option<string>("--format") { Description = "table (for a terminal), markdown (for a pull request) or json", DefaultValueFactory = _ => "table" };
reportFormat.AcceptOnlyFromAmong("table", "markdown", "json");
var target = new Argument<string>("section/name") { Description = "Where the page goes, e.g. lessen/durf-bijsturen; or 'update' for a dated post" };
var postName = new Argument<string?>("name") { Description = "The post's name after 'update', e.g. slotbijeenkomst", Arity = ArgumentArity.ZeroOrOne };
var date = new Option<string?>("--date") { Description = "The date to write as 'updated' (YYYY-MM-DD; default today)" };
var serveOutput = new Option<string?>("--output", "-o") { Description = "Where the preview is built (default: a temporary folder)" };

var build = new Command("build", "Build the site into the output folder") { input, output, strict, baseUrl, theme, timings, format };
build.SetAction(r => Commands.Build(Settings(r), r.GetValue(output)!, r.GetValue(timings)));

var check = new Command("check", "Check all content and write nothing (for pull requests)") { input, strict, baseUrl, theme, format };
check.SetAction(r => Commands.Check(Settings(r)));

var serve = new Command("serve", "Preview on 127.0.0.1, rebuilding and reloading on every change") { input, serveOutput, strict, baseUrl, theme, port, noWatch, timings };
serve.SetAction((r, cancel) => Commands.Serve(Settings(r), r.GetValue(serveOutput), r.GetValue(port), !r.GetValue(noWatch), r.GetValue(timings), cancel));

var @new = new Command("new", "Create a page in every language of the site: kb new lessen/durf-bijsturen, or kb new update slotbijeenkomst") { target, postName, input, theme, date };
@new.SetAction(r =>
{
    var today = DateOnly.FromDateTime(DateTime.Now);
    if (r.GetValue(date) is { } given && !DateOnly.TryParseExact(given, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out today))
    {
        Console.Error.WriteLine($"error: --date must be YYYY-MM-DD, not '{given}'");
        return ExitCodes.Usage;
    }
    var where = r.GetValue(postName) is { } name ? $"{r.GetValue(target)}/{name}" : r.GetValue(target)!;
    return NewPage.Run(Settings(r), where, today);
});

var translations = new Command("translations", "List per page the languages present, missing and stale (changed in the original since)") { input, strict, reportFormat };
translations.SetAction(r => TranslationsCommand.Run(Settings(r), r.GetValue(reportFormat)));

var root = new RootCommand("Kennisbank Stedenbanden: builds the multilingual knowledge base from Markdown") { build, check, serve, @new, translations, verbose };
var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'kb --help' for usage.");
    return ExitCodes.Usage;
}
var verboseFaults = parsed.GetValue(verbose);
Kennisbank.Diagnostics.Faults.Recorded += e => { if (verboseFaults) Console.Error.WriteLine(e); };
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    return Commands.Fault(e, verboseFaults);
}

Settings Settings(ParseResult r) => new(r.GetValue(input)!, r.GetValue(theme), r.GetValue(baseUrl), r.GetValue(strict), r.GetValue(verbose), r.GetValue(format));
