using System.Text;
using System.Text.Json;
using Kennisbank.Assessments.Evaluation;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The C# result as compact JSON text in the shape and key order the script returns, and the script's JSON re-written
/// by the same writer, so that the two compare as plain strings: no tree is built for the hundreds of thousands of
/// answer sets the differential tests compare, and string escaping is the writer's on both sides.
/// </summary>
public static class ResultJson
{
    public static string Write(EvaluationResult r, string lang, Func<string, string> resolveUrl) => Written(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("complete", r.Complete);
        if (r.OutcomeId is { } outcome)
        {
            w.WriteString("outcome", outcome);
        }
        else
        {
            w.WriteNull("outcome");
        }

        w.WriteNumber("score", r.Score);
        w.WriteStartObject("dimensions");
        foreach (var d in r.Dimensions)
        {
            w.WriteStartObject(d.DimensionId);
            w.WriteNumber("raw", d.Raw);
            w.WriteNumber("max", d.Max);
            w.WriteNumber("score", d.Score);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        Strings(w, "visible", r.Visible);
        Strings(w, "missing", r.Missing);
        w.WriteStartArray("reasons");
        foreach (var x in r.Reasons)
        {
            w.WriteStartObject();
            w.WriteString("question", x.QuestionId);
            Strings(w, "options", x.OptionIds);
            w.WriteNumber("effect", x.Effect);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("recommendations");
        foreach (var x in r.Recommendations)
        {
            w.WriteStartObject();
            w.WriteString("title", x.Title.For(lang));
            w.WriteString("url", resolveUrl(x.PageRef));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Any JSON text (the script's), re-written compactly by the writer <see cref="Write"/> uses.</summary>
    public static string Normalise(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Written(document.WriteTo);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
