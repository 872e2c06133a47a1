using Jint;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The shared form script (theme/assets/js/assessment-form.js): ES5 only, and none of what the site's CSP or the
/// no-injection rule forbids. Its DOM behaviour is exercised by the site's browser tests on a rendered page.
/// </summary>
public sealed class FormScriptTests
{
    private static readonly string Script = File.ReadAllText(RepoPaths.FormScript);

    [Fact]
    public void Uses_only_ES5_and_nothing_the_CSP_forbids() => Es5Check.AssertNone(Script);

    [Fact]
    public void Loads_without_touching_the_DOM_before_it_is_ready()
    {
        var engine = ScriptHost.NewEngine();
        engine.Execute("var window = this, listened = 0, document = { readyState: 'loading', addEventListener: function () { listened++; } };");
        engine.Execute(Script);
        Assert.Equal(1, engine.Evaluate("listened").AsNumber());
    }
}
