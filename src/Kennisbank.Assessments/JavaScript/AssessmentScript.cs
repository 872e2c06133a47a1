using Kennisbank.Assessments.Model;
using Kennisbank.Assessments.Sharing;
using static Kennisbank.Assessments.JavaScript.Js;

namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// Compiles an assessment to one standalone ES5.1 script. Loading it defines <c>kbAssessments["id"]</c> with the ids
/// the form needs and <c>evaluate(answers)</c>, <c>share(answers, session, member)</c> and <c>read(link)</c>. The script
/// holds no text: the page renders every text from the definition in its own language, so one script serves every
/// language (and a fallback page loads the same one). The contract is in docs/assessments.md.
/// </summary>
public static class AssessmentScript
{
    /// <summary>The global the scripts share: a top-level <c>var</c> is a global property in a browser and in Jint.</summary>
    public const string Global = "kbAssessments";

    public static string Emit(Assessment assessment) => JsWriter.Write(Build(assessment, Runtime()));

    /// <summary>
    /// The runtime every compiled assessment contains, byte for byte: the function declarations of
    /// <see cref="ScriptRuntime"/>. With <see cref="EmitData"/> it lets tests approve the shared code once.
    /// </summary>
    public static string EmitRuntime() => JsWriter.Write(new JsProgram(Runtime()));

    /// <summary>
    /// One assessment's script without the runtime: what differs between assessments. The full script is this with
    /// <see cref="EmitRuntime"/> inserted before the module's <c>return</c>.
    /// </summary>
    public static string EmitData(Assessment assessment) => JsWriter.Write(Build(assessment, runtime: []));

    public static JsProgram Build(Assessment assessment) => Build(assessment, Runtime());

    private static JsStatement[] Runtime() =>
    [
        ScriptRuntime.Own(), ScriptRuntime.Pick(), ScriptRuntime.Percent(), ScriptRuntime.Find(), ScriptRuntime.Holds(),
        ScriptRuntime.Why(), ScriptRuntime.Weigh(), ScriptRuntime.Run(), ScriptRuntime.Pad(), ScriptRuntime.Token(),
        ScriptRuntime.Check(), ScriptRuntime.Share(), ScriptRuntime.Read(),
    ];

    private static JsProgram Build(Assessment assessment, JsStatement[] runtime)
    {
        var data = new ScriptData(assessment);
        var module = Function([],
        [
            Vars(
                ("dims", data.Dimensions()),
                ("questions", data.Questions()),
                ("conds", data.Conditions()),
                ("gates", data.Gates()),
                ("outcomes", data.Outcomes()),
                ("cautions", data.Cautions()),
                ("recs", data.Recommendations()),
                ("advice", data.Advice()),
                ("tag", Lit(ShareCodes.Tag(assessment))),
                ("print", Lit(ShareCodes.Fingerprint(assessment))),
                ("abc", Lit(ShareCodes.Alphabet))),
            .. runtime,
            Return(Object(
                ("id", Lit(assessment.Id)),
                ("dimensions", Id("dims")),
                ("questions", Id("questions")),
                ("outcomes", Id("outcomes")),
                ("cautions", Id("cautions")),
                ("tag", Id("tag")),
                ("alphabet", Id("abc")),
                ("evaluate", ScriptRuntime.Evaluate()),
                ("share", ScriptRuntime.Guarded("share", ["a", "s", "m"], Lit(null))),
                ("read", ScriptRuntime.Guarded("read", ["t"], Object(("error", Lit("damaged"))))))),
        ]);

        return new JsProgram(
        [
            Var(Global, Op(Id(Global), "||", Object())),
            Do(Set(Id(Global).At(Lit(assessment.Id)), module.Call())),
        ]);
    }
}
