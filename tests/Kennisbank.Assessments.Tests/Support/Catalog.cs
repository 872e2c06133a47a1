using Kennisbank.Assessments.Definitions;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// Test data built from <see cref="AssessmentCatalog.All"/> and <see cref="Support.Languages.All"/>, so that a new assessment
/// or language is tested without editing a list. Rows carry ids, not assessments, so each row has a readable name.
/// </summary>
public static class Catalog
{
    public static TheoryData<string> Ids() => [.. AssessmentCatalog.All.Select(a => a.Id)];

    public static TheoryData<string> Languages() => [.. Support.Languages.All];

    public static TheoryData<string, string> IdsAndLanguages()
    {
        var rows = new TheoryData<string, string>();
        foreach (var assessment in AssessmentCatalog.All)
        {
            foreach (var lang in Support.Languages.All)
            {
                rows.Add(assessment.Id, lang);
            }
        }

        return rows;
    }

    public static Assessment Find(string id) => AssessmentCatalog.All.Single(a => a.Id == id);
}
