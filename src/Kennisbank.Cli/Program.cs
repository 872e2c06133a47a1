using System.CommandLine;
using Kennisbank.Cli;

// kb build | check | serve. Exit codes: 0 success (warnings allowed), 1 content errors, 2 wrong usage.
var input = new Option<string>("--input", "-i") { Description = "The content folder", DefaultValueFactory = _ => "input" };
var output = new Option<string>("--output", "-o") { Description = "Where the site is written", DefaultValueFactory = _ => "output" };
var strict = new Option<bool>("--strict") { Description = "Treat warnings (e.g. a missing translation) as errors" };
var baseUrl = new Option<string?>("--base-url") { Description = "The public address, for canonical links, feeds and the sitemap (default: base-url in input/site.yml)" };
var verbose = new Option<bool>("--verbose") { Description = "Print every info too, and the details of an internal error", Recursive = true };
var theme = new Option<string?>("--theme") { Description = "The theme folder (default: ./theme, else the copy beside the program)" };
var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
var noWatch = new Option<bool>("--no-watch") { Description = "Serve the built site without watching for changes" };
var timings = new Option<bool>("--timings") { Description = "Print the time each stage took" };
var serveOutput = new Option<string?>("--output", "-o") { Description = "Where the preview is built (default: a temporary folder)" };

var build = new Command("build", "Build the site into the output folder") { input, output, strict, baseUrl, theme, timings };
build.SetAction(r => Commands.Build(Settings(r), r.GetValue(output)!, r.GetValue(timings)));

var check = new Command("check", "Check all content and write nothing (for pull requests)") { input, strict, baseUrl, theme };
check.SetAction(r => Commands.Check(Settings(r)));

var serve = new Command("serve", "Preview on 127.0.0.1, rebuilding and reloading on every change") { input, serveOutput, strict, baseUrl, theme, port, noWatch, timings };
serve.SetAction((r, cancel) => Commands.Serve(Settings(r), r.GetValue(serveOutput), r.GetValue(port), !r.GetValue(noWatch), r.GetValue(timings), cancel));

var root = new RootCommand("Kennisbank Stedenbanden: builds the multilingual knowledge base from Markdown") { build, check, serve, verbose };
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

Settings Settings(ParseResult r) => new(r.GetValue(input)!, r.GetValue(theme), r.GetValue(baseUrl), r.GetValue(strict), r.GetValue(verbose));
