using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>The emitted scripts, approved: any change to the compiler or a definition shows up as a reviewable diff.</summary>
public sealed class AssessmentScriptApprovalTests
{
    [Theory]
    [InlineData("stedenband-of-alternatief", "nl")]
    [InlineData("stedenband-of-alternatief", "en")]
    [InlineData("hoe-klaar-zijn-we", "nl")]
    [InlineData("hoe-klaar-zijn-we", "en")]
    public void Emitted_script_is_approved(string id, string lang)
    {
        var assessment = AssessmentCatalog.All.Single(a => a.Id == id);
        Approval.Verify(AssessmentScript.Emit(assessment, lang, Urls.For(lang)), $"{id}.{lang}", "js");
    }
}
