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

    public static JsProgram Build(Assessment assessment, string lang, Func<string, string> resolveUrl)
    {
        var data = new ScriptData(assessment, lang, resolveUrl);
        var module = Function([],
            Vars(
                ("dims", data.Dimensions()),
                ("questions", data.Questions()),
                ("outcomes", data.Outcomes()),
                ("recs", data.Recommendations()),
                ("advice", data.Advice())),
            ScriptRuntime.Own(),
            ScriptRuntime.Pick(),
            ScriptRuntime.Rank(),
            ScriptRuntime.Run(),
            Return(Object(
                ("id", Lit(assessment.Id)),
                ("lang", Lit(lang)),
                ("title", Lit(assessment.Title.For(lang))),
                ("dimensions", Id("dims")),
                ("questions", Id("questions")),
                ("outcomes", Id("outcomes")),
                ("evaluate", ScriptRuntime.Evaluate()))));

        return new JsProgram(
        [
            Var(Global, Op(Id(Global), "||", Object())),
            Do(Set(Id(Global).At(Lit(assessment.Id)), module.Call())),
        ]);
    }
}
