using Kennisbank.Assessments.Model;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// Compiles an assessment to one standalone ES5.1 script for one language. Loading it defines
/// <c>kbAssessments["id"]</c> with the texts the form needs and <c>evaluate(answers)</c>. The contract is in
/// docs/assessments.md.
/// </summary>
public static class AssessmentScript
{
    /// <summary>The global the scripts share: a top-level <c>var</c> is a global property in a browser and in Jint.</summary>
    public const string Global = "kbAssessments";

    public static string Emit(Assessment assessment, string lang, Func<string, string> resolveUrl) =>
        JsWriter.Write(Build(assessment, lang, resolveUrl));

    /// <summary>
    /// The runtime every compiled assessment contains, byte for byte: the function declarations of
    /// <see cref="ScriptRuntime"/>. With <see cref="EmitData"/> it lets tests approve the shared code once.
    /// </summary>
    public static string EmitRuntime() => JsWriter.Write(new JsProgram(Runtime()));

    /// <summary>
    /// One assessment's script without the runtime: what differs between assessments and languages. The full script
    /// is this with <see cref="EmitRuntime"/> inserted before the module's <c>return</c>.
    /// </summary>
    public static string EmitData(Assessment assessment, string lang, Func<string, string> resolveUrl) =>
        JsWriter.Write(Build(assessment, lang, resolveUrl, runtime: []));

    public static JsProgram Build(Assessment assessment, string lang, Func<string, string> resolveUrl) =>
        Build(assessment, lang, resolveUrl, Runtime());

    private static JsStatement[] Runtime() => [ScriptRuntime.Own(), ScriptRuntime.Pick(), ScriptRuntime.Rank(), ScriptRuntime.Run()];

    private static JsProgram Build(Assessment assessment, string lang, Func<string, string> resolveUrl, JsStatement[] runtime)
    {
        var data = new ScriptData(assessment, lang, resolveUrl);
        var module = Function([],
        [
            Vars(
                ("dims", data.Dimensions()),
                ("questions", data.Questions()),
                ("outcomes", data.Outcomes()),
                ("recs", data.Recommendations()),
                ("advice", data.Advice())),
            .. runtime,
            Return(Object(
                ("id", Lit(assessment.Id)),
                ("lang", Lit(lang)),
                ("title", Lit(assessment.Title.For(lang))),
                ("dimensions", Id("dims")),
                ("questions", Id("questions")),
                ("outcomes", Id("outcomes")),
                ("evaluate", ScriptRuntime.Evaluate()))),
        ]);

        return new JsProgram(
        [
            Var(Global, Op(Id(Global), "||", Object())),
            Do(Set(Id(Global).At(Lit(assessment.Id)), module.Call())),
        ]);
    }
}
