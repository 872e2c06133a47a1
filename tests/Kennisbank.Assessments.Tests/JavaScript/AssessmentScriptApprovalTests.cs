using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// The emitted scripts, approved: any change to the compiler or a definition shows up as a reviewable diff. The runtime
/// all scripts share is approved once (<c>runtime.verified.js</c>), each assessment only its data
/// (<c>id.data.verified.js</c>), and the group script once (<c>group.verified.js</c>); a third test holds the emitter
/// to the split.
/// </summary>
public sealed class AssessmentScriptApprovalTests
{
    private const string Runtime = "runtime", Group = "group";

    [Fact]
    public void Runtime_is_approved() => Approval.Verify(AssessmentScript.EmitRuntime(), Runtime, "js");

    [Fact]
    public void Group_script_is_approved() => Approval.Verify(GroupScript.Emit(), Group, "js");

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Data_is_approved(string id) => Approval.Verify(AssessmentScript.EmitData(Catalog.Find(id)), DataName(id), "js");

    /// <summary>So that what the two approvals cover is exactly what is shipped.</summary>
    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Emitted_script_is_its_data_with_the_runtime(string id)
    {
        var assessment = Catalog.Find(id);
        var composed = ScriptParts.Compose(AssessmentScript.EmitData(assessment), AssessmentScript.EmitRuntime());
        Assert.Equal(AssessmentScript.Emit(assessment), composed);
    }

    /// <summary>An approval file for an assessment that is gone would otherwise linger unnoticed.</summary>
    [Fact]
    public void Every_approval_file_belongs_to_a_test()
    {
        var expected = Catalog.Ids().Select(row => $"{DataName(row.Data)}.verified.js").Append($"{Runtime}.verified.js").Append($"{Group}.verified.js");
        var present = Directory.GetFiles(Folder(), "*.verified.js").Select(Path.GetFileName);
        Assert.Equal(expected.Order(StringComparer.Ordinal), present.Order(StringComparer.Ordinal));
    }

    private static string DataName(string id) => $"{id}.data";

    private static string Folder([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
