using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// Every compiled assessment, and the group script, is ES5 and uses nothing the site's browsers lack or its CSP forbids.
/// Jint runs far more than ES5, so the differential tests alone would not notice a later built-in.
/// </summary>
public sealed class EmittedScriptEs5Tests
{
    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Uses_only_ES5_and_nothing_the_CSP_forbids(string id) => Es5Check.AssertNone(AssessmentScript.Emit(Catalog.Find(id)));

    [Fact]
    public void The_group_script_uses_only_ES5_and_nothing_the_CSP_forbids() => Es5Check.AssertNone(GroupScript.Emit());
}
