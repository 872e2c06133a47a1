using System.Text.Json;
using Kennisbank.Assessments.Group;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// The C# results of sharing, reading and combining as JSON in the shape and key order the scripts return, written by
/// the same writer as <see cref="ResultJson"/>, so both sides compare as plain strings.
/// </summary>
public static class SharingJson
{
    public static string Write(Shared? shared) => ResultJson.Written(w =>
    {
        if (shared is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("link", shared.Link);
        ResultJson.NullableString(w, "code", shared.Code);
        w.WriteEndObject();
    });

    public static string Write(ReadResult read, Assessment a) => ResultJson.Written(w =>
    {
        w.WriteStartObject();
        if (read.Error is { } error)
        {
            w.WriteString("error", error);
        }
        else
        {
            w.WritePropertyName("answers");
            AnswerJson.Write(read.Answers!).WriteTo(w);
            ResultJson.NullableString(w, "session", read.Session);
            ResultJson.NullableString(w, "member", read.Member);
        }

        w.WriteEndObject();
    });

    public static string Write(GroupResult g) => ResultJson.Written(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("count", g.Count);
        ResultJson.NullableString(w, "outcome", g.OutcomeId);
        Tallies(w, "outcomes", g.Outcomes);
        Spreads(w, "dimensions", g.Dimensions);
        Spreads(w, "fits", g.Fits);
        w.WriteStartArray("questions");
        foreach (var q in g.Questions)
        {
            w.WriteStartObject();
            w.WriteString("question", q.QuestionId);
            w.WriteNumber("n", q.N);
            w.WriteNumber("differing", q.Differing);
            w.WriteStartArray("answers");
            foreach (var x in q.Answers)
            {
                w.WriteStartObject();
                ResultJson.Strings(w, "options", x.OptionIds);
                w.WriteNumber("count", x.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Tallies(w, "cautions", g.Cautions);
        w.WriteEndObject();
    });

    private static void Tallies(Utf8JsonWriter w, string name, IEnumerable<Tally> tallies)
    {
        w.WriteStartArray(name);
        foreach (var t in tallies)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteNumber("count", t.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Spreads(Utf8JsonWriter w, string name, IEnumerable<Spread> spreads)
    {
        w.WriteStartArray(name);
        foreach (var s in spreads)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteNumber("n", s.N);
            w.WriteNumber("min", s.Min);
            w.WriteNumber("median", s.Median);
            w.WriteNumber("max", s.Max);
            w.WriteNumber("of", s.Of);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
