using System.Collections.Concurrent;
using Acornima.Ast;
using Jint;
using Jint.Native;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// A bare Jint engine (no DOM) with one compiled assessment loaded. Answers go in and results come out as JSON text,
/// so what is compared is exactly what a browser would see through JSON. Jint implements far more than ES5.1; that the
/// scripts use no more is proved by <see cref="Es5Check"/>, not here.
/// </summary>
/// <remarks>
/// A Jint engine is not thread-safe: one host belongs to one thread at a time. Parsing and analysing a script costs
/// more than running it, so each distinct script is prepared once and every host reuses it.
/// </remarks>
public sealed class ScriptHost
{
    /// <summary>One evaluation takes well under a millisecond; a loop the compiler got wrong must fail, not hang CI.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    /// <summary>Bytes one call may allocate: an evaluation needs kilobytes, a runaway one is stopped long before it hurts.</summary>
    public const long MemoryLimit = 64L * 1024 * 1024;

    /// <summary>The emitted scripts recurse only over a rule's tree (a few levels: <c>holds</c>, <c>why</c>); the form's few
    /// nested calls stay far below this too.</summary>
    public const int RecursionLimit = 64;

    /// <summary>The harness: JSON in and out, as a page would pass answers through a link or storage.</summary>
    private const string Harness = """
        function __run(id, s) { return JSON.stringify(kbAssessments[id].evaluate(JSON.parse(s))); }
        function __share(id, s, session, member) { return JSON.stringify(kbAssessments[id].share(JSON.parse(s), session, member)); }
        function __read(id, t) { return JSON.stringify(kbAssessments[id].read(t)); }
        function __groupRead(id, t) { return JSON.stringify(kbGroup.read(kbAssessments[id], t)); }
        function __combine(id, s) { return JSON.stringify(kbGroup.combine(kbAssessments[id], JSON.parse(s))); }
        """;

    private static readonly ConcurrentDictionary<string, Prepared<Script>> Prepared = new(StringComparer.Ordinal);

    private readonly Engine _engine = NewEngine();
    private readonly JsValue _run;
    private readonly JsValue _id;

    /// <param name="more">Scripts loaded after it, as a page loads them (the group script).</param>
    public ScriptHost(string script, string assessmentId, params string[] more)
    {
        _engine.Execute(Prepare(script));
        foreach (var extra in more)
        {
            _engine.Execute(Prepare(extra));
        }

        _engine.Execute(Prepare(Harness));
        _run = _engine.GetValue("__run");
        _id = assessmentId;
    }

    /// <summary>An engine with the limits every script here runs under.</summary>
    public static Engine NewEngine() =>
        new(options => options.TimeoutInterval(Timeout).LimitMemory(MemoryLimit).LimitRecursion(RecursionLimit));

    /// <summary>The parsed and analysed script, shared by all engines (a prepared script is immutable).</summary>
    public static Prepared<Script> Prepare(string script) =>
        Prepared.GetOrAdd(script, static s => Engine.PrepareScript(s, strict: false));

    /// <summary>Evaluates answers given as JSON and returns the result as JSON.</summary>
    public string Evaluate(string answersJson) => _engine.Invoke(_run, _id, answersJson).AsString();

    /// <summary><c>share(answers, session, member)</c>, answers as JSON, result as JSON (<c>null</c> when it gives none).</summary>
    public string Share(string answersJson, string? session, string? member) =>
        _engine.Invoke(_engine.GetValue("__share"), _id, answersJson, session is null ? JsValue.Null : session, member is null ? JsValue.Null : member).AsString();

    /// <summary><c>read(text)</c> (a link), result as JSON.</summary>
    public string Read(string text) => _engine.Invoke(_engine.GetValue("__read"), _id, text).AsString();

    /// <summary><c>kbGroup.read(assessment, text)</c> (a link or a code; the group script must have been loaded), as JSON.</summary>
    public string GroupRead(string text) => _engine.Invoke(_engine.GetValue("__groupRead"), _id, text).AsString();

    /// <summary><c>kbGroup.combine(assessment, members)</c> (the group script must have been loaded), members as JSON.</summary>
    public string Combine(string membersJson) => _engine.Invoke(_engine.GetValue("__combine"), _id, membersJson).AsString();

    /// <summary>Evaluates a JavaScript expression as the answers (for values JSON cannot carry: undefined, functions…).</summary>
    public string EvaluateExpression(string answersExpression) =>
        _engine.Evaluate($"JSON.stringify(kbAssessments[{JsonString(_id.AsString())}].evaluate({answersExpression}))").AsString();

    /// <summary>Runs any script in the same engine and returns its completion value as a string.</summary>
    public string Run(string script) => _engine.Evaluate(script).ToString();

    private static string JsonString(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
