
namespace Kennisbank.Assessments.Tests.Support;

/// <summary>Files of the repository the tests read: the page scripts and the docs.</summary>
public static class RepoPaths
{
    public static string FormScript => RepositoryRoot.Combine("theme", "assets", "js", "assessment-form.js");

    /// <summary>The facilitator's page script (the group session's interface).</summary>
    public static string GroupPageScript => RepositoryRoot.Combine("theme", "assets", "js", "assessment-group.js");

    public static string Docs => RepositoryRoot.Combine("docs", "assessments.md");
}
