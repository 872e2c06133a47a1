using Jint;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The page scripts (theme/assets/js/assessment-form.js and the group page's assessment-group.js): ES5 only, and none
/// of what the site's CSP or the no-injection rule forbids. Their DOM behaviour is exercised by the site's browser
/// tests on rendered pages.
/// </summary>
public sealed class FormScriptTests
{
    public static TheoryData<string> Scripts() => [RepoPaths.FormScript, RepoPaths.GroupPageScript];

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Uses_only_ES5_and_nothing_the_CSP_forbids(string path) => Es5Check.AssertNone(File.ReadAllText(path));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Loads_without_touching_the_DOM_before_it_is_ready(string path)
    {
        var engine = ScriptHost.NewEngine();
        engine.Execute("var window = this, listened = 0, document = { readyState: 'loading', addEventListener: function () { listened++; } };");
        engine.Execute(File.ReadAllText(path));
        Assert.Equal(1, engine.Evaluate("listened").AsNumber());
    }
}
