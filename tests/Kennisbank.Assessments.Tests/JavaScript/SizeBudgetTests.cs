using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>
/// What a visitor downloads: on an assessment page the compiled assessment and the form script stay under 8 KB
/// gzipped; the facilitator's page may add at most 6 KB (the group script and its page script). The real pages are
/// weighed again in the site's PageWeightTests.
/// </summary>
public sealed class SizeBudgetTests(ITestOutputHelper output)
{
    private const int Budget = 8 * 1024, GroupBudget = 6 * 1024;

    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Script_and_form_weigh_under_8_KB_gzipped(string id)
    {
        var form = File.ReadAllText(RepoPaths.FormScript);
        var script = AssessmentScript.Emit(Catalog.Find(id));
        var size = Gzip.Size(script) + Gzip.Size(form);
        output.WriteLine($"{id}: script {Gzip.Size(script)} B + form {Gzip.Size(form)} B = {size} B gzipped ({script.Length + form.Length} B raw)");
        Assert.True(size < Budget, $"{id} weighs {size} B gzipped; the budget is {Budget} B.");
    }

    [Fact]
    public void The_group_session_adds_under_6_KB_gzipped()
    {
        var group = GroupScript.Emit();
        var page = File.ReadAllText(RepoPaths.GroupPageScript);
        var size = Gzip.Size(group) + Gzip.Size(page);
        output.WriteLine($"group script {Gzip.Size(group)} B + page script {Gzip.Size(page)} B = {size} B gzipped");
        Assert.True(size < GroupBudget, $"the group session adds {size} B gzipped; the budget is {GroupBudget} B.");
    }
}
