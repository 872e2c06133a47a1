using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kennisbank.Cli.Translations;

/// <summary>The report as a table for a terminal, Markdown for a pull request or a job summary, JSON for tools.</summary>
public static class TranslationFormats
{
    public static string Table(TranslationReport report)
    {
        var rows = report.Pages.Select(p => (p.Id, Present: string.Join(" ", p.Present), Missing: string.Join(" ", p.Missing),
            Stale: string.Join("; ", p.Stale.Select(s => $"{s.Lang} {s.Translation.Date:yyyy-MM-dd} < {s.SourceLang} {s.Source.Date:yyyy-MM-dd} \"{Short(s.Source.Subject)}\"")))).ToList();
        var headers = ("page", "present", "missing", "stale: translation < original, and the original's last commit");
        int w1 = Math.Max(4, rows.Max(r => r.Id.Length)), w2 = Math.Max(7, rows.Max(r => r.Present.Length)), w3 = Math.Max(7, rows.Max(r => r.Missing.Length));
        var text = new StringBuilder();
        if (report.Note is { } note) text.AppendLine(note);
        text.AppendLine($"{headers.Item1.PadRight(w1)}  {headers.Item2.PadRight(w2)}  {headers.Item3.PadRight(w3)}  {headers.Item4}");
        text.AppendLine($"{new string('-', w1)}  {new string('-', w2)}  {new string('-', w3)}  -----");
        foreach (var row in rows) text.AppendLine($"{row.Id.PadRight(w1)}  {row.Present.PadRight(w2)}  {row.Missing.PadRight(w3)}  {row.Stale}".TrimEnd());
        foreach (var line in report.Summary()) text.AppendLine(line);
        return text.ToString();
    }

    /// <summary>For a pull request comment or GitHub's job summary: the summary, then only the pages with something to
    /// do (a table of 40 complete pages would hide the two that need work).</summary>
    public static string Markdown(TranslationReport report)
    {
        var text = new StringBuilder("## Translations\n\n");
        if (report.Note is { } note) text.Append($"> {note}\n\n");
        foreach (var line in report.Summary()) text.Append($"- {line}\n");
        var todo = report.Pages.Where(p => p.Missing.Count > 0 || p.Stale.Count > 0).ToList();
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n{report.Pages.Count} pages; {todo.Count} with a missing or stale translation.\n");
        if (todo.Count == 0) return text.ToString();
        text.Append("\n| page | present | missing | stale |\n| --- | --- | --- | --- |\n");
        foreach (var page in todo)
            text.Append($"| `{page.Id}` | {string.Join(" ", page.Present)} | {string.Join(" ", page.Missing)} | " +
                        string.Join("<br>", page.Stale.Select(s =>
                            $"{s.Lang}: {s.SourceLang} changed {s.Source.Date:yyyy-MM-dd} ({Cell(s.Source.Subject)}), {s.Lang} last {s.Translation.Date:yyyy-MM-dd}")) + " |\n");
        return text.ToString();
    }

    public static string Json(TranslationReport report)
    {
        static JsonObject Commit(Site.History.FileCommit c) => new() { ["commit"] = c.Hash, ["date"] = c.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["subject"] = c.Subject };
        var root = new JsonObject
        {
            ["history"] = report.History.Source == Site.History.DateSource.Git ? "git" : "none",
            ["note"] = report.Note,
            ["languages"] = new JsonArray([.. report.Config.Languages.Select(l => (JsonNode)new JsonObject { ["code"] = l.Code, ["required"] = l.Required })]),
            ["pages"] = new JsonArray([.. report.Pages.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id,
                ["present"] = new JsonArray([.. p.Present.Select(l => (JsonNode)l)]),
                ["missing"] = new JsonArray([.. p.Missing.Select(l => (JsonNode)l)]),
                ["stale"] = new JsonArray([.. p.Stale.Select(s => (JsonNode)new JsonObject
                {
                    ["lang"] = s.Lang, ["file"] = s.File, ["translation"] = Commit(s.Translation),
                    ["source_lang"] = s.SourceLang, ["source_file"] = s.SourceFile, ["source"] = Commit(s.Source),
                })]),
            })]),
            ["problems"] = report.Problems,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A commit subject cut to fit a terminal line; the Markdown and JSON reports give it whole.</summary>
    static string Short(string subject) => subject.Length <= 32 ? subject : subject[..31].TrimEnd() + "…";
}
