using System.Text;
using System.Text.Json;
using Kennisbank.Assessments.Evaluation;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The C# result as compact JSON text in the shape and key order the script returns, and the script's JSON re-written
/// by the same writer, so that the two compare as plain strings: no tree is built for the hundreds of thousands of
/// answer sets the differential tests compare, and string escaping is the writer's on both sides.
/// </summary>
public static class ResultJson
{
    public static string Write(EvaluationResult r, Assessment a) => Written(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("complete", r.Complete);
        NullableString(w, "outcome", r.OutcomeId);
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
        w.WriteStartObject("answers");
        foreach (var id in r.Visible.Where(r.Answers.ContainsKey))
        {
            Strings(w, id, r.Answers[id]);
        }

        w.WriteEndObject();
        Strings(w, "failed", r.FailedGates);
        w.WriteStartArray("fits");
        foreach (var f in r.Fits)
        {
            w.WriteStartObject();
            w.WriteString("outcome", f.OutcomeId);
            w.WriteNumber("met", f.Met);
            w.WriteNumber("of", f.Of);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Reasons(w, "reasons", r.Reasons);
        if (r.Contrast is { } c)
        {
            w.WriteStartObject("contrast");
            w.WriteString("outcome", c.OutcomeId);
            Reasons(w, "reasons", c.Reasons);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("contrast");
        }

        Strings(w, "cautions", r.Cautions);
        w.WriteStartArray("recommendations");
        var all = a.AllRecommendations;
        foreach (var x in r.Recommendations)
        {
            w.WriteNumberValue(Enumerable.Range(0, all.Count).First(i => ReferenceEquals(all[i], x)));
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

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }

    internal static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    internal static string Written(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Reasons(Utf8JsonWriter w, string name, IEnumerable<Reason> reasons)
    {
        w.WriteStartArray(name);
        foreach (var x in reasons)
        {
            w.WriteStartObject();
            w.WriteString("condition", x.ConditionId);
            w.WriteBoolean("holds", x.Holds);
            Strings(w, "questions", x.QuestionIds);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
