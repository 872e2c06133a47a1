using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The emitted scripts, approved: any change to the compiler or a definition shows up as a reviewable diff. The runtime
/// all scripts share is approved once (<c>runtime.verified.js</c>), each assessment and language only its data
/// (<c>id.lang.data.verified.js</c>); a third test holds the emitter to that split.
/// </summary>
public sealed class AssessmentScriptApprovalTests
{
    private const string Runtime = "runtime";

    [Fact]
    public void Runtime_is_approved() => Approval.Verify(AssessmentScript.EmitRuntime(), Runtime, "js");

    [Theory]
    [MemberData(nameof(Catalog.IdsAndLanguages), MemberType = typeof(Catalog))]
    public void Data_is_approved(string id, string lang) =>
        Approval.Verify(AssessmentScript.EmitData(Catalog.Find(id), lang, Urls.For(lang)), DataName(id, lang), "js");

    /// <summary>So that what the two approvals cover is exactly what is shipped.</summary>
    [Theory]
    [MemberData(nameof(Catalog.IdsAndLanguages), MemberType = typeof(Catalog))]
    public void Emitted_script_is_its_data_with_the_runtime(string id, string lang)
    {
        var assessment = Catalog.Find(id);
        var composed = ScriptParts.Compose(AssessmentScript.EmitData(assessment, lang, Urls.For(lang)), AssessmentScript.EmitRuntime());
        Assert.Equal(AssessmentScript.Emit(assessment, lang, Urls.For(lang)), composed);
    }

    /// <summary>An approval file for an assessment or language that is gone would otherwise linger unnoticed.</summary>
    [Fact]
    public void Every_approval_file_belongs_to_a_test()
    {
        var expected = Catalog.IdsAndLanguages().Select(row => $"{DataName(row.Data.Item1, row.Data.Item2)}.verified.js").Append($"{Runtime}.verified.js");
        var present = Directory.GetFiles(Folder(), "*.verified.js").Select(Path.GetFileName);
        Assert.Equal(expected.Order(StringComparer.Ordinal), present.Order(StringComparer.Ordinal));
    }

    private static string DataName(string id, string lang) => $"{id}.{lang}.data";

    private static string Folder([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
