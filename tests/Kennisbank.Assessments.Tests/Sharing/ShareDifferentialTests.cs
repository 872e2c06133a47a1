using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Sharing;

/// <summary>
/// The compiled script's <c>share</c> and <c>read</c> (links), and the group script's <c>read</c> (links and codes),
/// agree with <see cref="ShareCodes"/>: on real answers, on every code mangled in the ways a paste mangles it, and on
/// arbitrary text.
/// </summary>
public sealed class ShareDifferentialTests
{
    private static readonly string?[] Sessions = [null, "k7p3qx", "222222", "zzzzzz"];

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Share_and_read_agree_on_answers_and_on_their_mangled_codes(string id)
    {
        var a = Catalog.Find(id);
        var host = new ScriptHost(AssessmentScript.Emit(a), a.Id, GroupScript.Emit());
        var random = new Random(12);
        foreach (var answers in AnswerSpace.Sample(a, 300, seed: 7))
        {
            var session = Sessions[random.Next(Sessions.Length)];
            var member = session is null ? null : "m" + ShareCodes.Alphabet[random.Next(31)] + "x" + ShareCodes.Alphabet[random.Next(31)];
            var json = JsonSerializer.Serialize(AnswerJson.Write(answers));
            var shared = ShareCodes.Share(a, answers, session, member);
            Assert.Equal(SharingJson.Write(shared), ResultJson.Normalise(host.Share(json, session, member)));
            foreach (var text in Mangled(shared!.Link).Concat(shared.Code is { } code ? Mangled(code) : []))
            {
                AssertReadAgrees(a, host, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Read_agrees_on_arbitrary_text(string id)
    {
        var a = Catalog.Find(id);
        var host = new ScriptHost(AssessmentScript.Emit(a), a.Id, GroupScript.Emit());
        var pieces = Gen.Elements("r=", "&s=", "&m=", ":", ",", "+", "-", "#", "%", "%3A", "%E9", "soa", "hkzw", "ja", "nee", "vorm", "k7p3qx", "8f2m", " ", "\u00a0", "\ufeff", "1", "z", "A", "<", "é");
        var text = Gen.OneOf(ArbMap.Default.GeneratorFor<string>().Where(s => s is not null), Gen.ListOf(pieces).Select(p => string.Concat(p)));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3_000), Prop.ForAll(text.ToArbitrary(), t => AssertReadAgrees(a, host, t)));
    }

    private static void AssertReadAgrees(Assessment a, ScriptHost host, string text)
    {
        Assert.True(SharingJson.Write(ShareCodes.ReadLink(a, text), a) == ResultJson.Normalise(host.Read(text)),
            $"read({JsonSerializer.Serialize(text)})\n  script: {host.Read(text)}\n  C#:     {SharingJson.Write(ShareCodes.ReadLink(a, text), a)}");
        Assert.True(SharingJson.Write(ShareCodes.Read(a, text), a) == ResultJson.Normalise(host.GroupRead(text)),
            $"kbGroup.read({JsonSerializer.Serialize(text)})\n  script: {host.GroupRead(text)}\n  C#:     {SharingJson.Write(ShareCodes.Read(a, text), a)}");
    }

    /// <summary>The text as pasted, and as a paste can spoil it: upper case, padded, in a URL, escaped, cut short,
    /// one character changed, doubled.</summary>
    private static IEnumerable<string> Mangled(string text)
    {
        yield return text;
        yield return text.ToUpperInvariant();
        yield return " " + text + "\n";
        yield return "https://kennisbank.example/nl/zelftest/x/#" + text;
        yield return Uri.EscapeDataString(text);
        yield return text[..^1];
        yield return text[..(text.Length / 2)];
        yield return text[..^1] + (text[^1] == 'a' ? 'b' : 'a');
        yield return text + text;
        yield return text.Replace('-', '_');
    }
}
