using Jint;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// A bare Jint 2.10.4 engine (ES5.1 only, no DOM) with one compiled assessment loaded. Answers go in and results come
/// out as JSON text, so what is compared is exactly what a browser would see through JSON.
/// </summary>
public sealed class ScriptHost
{
    private readonly Engine _engine = new();

    public ScriptHost(string script, string assessmentId)
    {
        _engine.Execute(script);
        _engine.SetValue("__id", assessmentId);
        _engine.Execute("function __run(s) { return JSON.stringify(kbAssessments[__id].evaluate(JSON.parse(s))); }");
    }

    /// <summary>Evaluates answers given as JSON and returns the result as JSON.</summary>
    public string Evaluate(string answersJson)
    {
        _engine.SetValue("__input", answersJson);
        return _engine.Execute("__run(__input)").GetCompletionValue().AsString();
    }

    /// <summary>Evaluates a JavaScript expression as the answers (for values JSON cannot carry: undefined, functions…).</summary>
    public string EvaluateExpression(string answersExpression) =>
        _engine.Execute($"JSON.stringify(kbAssessments[__id].evaluate({answersExpression}))").GetCompletionValue().AsString();

    /// <summary>Runs any script in the same engine and returns its completion value as a string.</summary>
    public string Run(string script) => _engine.Execute(script).GetCompletionValue().ToString();
}
