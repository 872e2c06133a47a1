using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>A tiny valid assessment for tests to break on purpose, one thing at a time.</summary>
public static class SmallAssessment
{
    public static readonly IReadOnlySet<string> Pages = new HashSet<string> { "stappenplan/stap-1", "lessen/durf-bijsturen" };

    /// <summary>Support is the gate; "goed" needs half of all points and form b.</summary>
    public static Assessment Valid()
    {
        var support = Conditions.Make("steun", !When.Chose("steun", "nee"), new("Steun is nodig.", "Support is needed."), "lessen/durf-bijsturen");
        var half = Conditions.Make("helft", When.Overall.AtLeast(50), new("De helft.", "Half."), "stappenplan/stap-1", suggestion: true);
        var formB = Conditions.Make("vorm-b", When.Chose("vorm", "b"), new("Vorm b.", "Form b."), "stappenplan/stap-1");
        return new AssessmentBuilder("klein", new("klein", "small"))
            .Title(new("Klein", "Small"))
            .Introduction(new("Inleiding", "Introduction"))
            .Dimension("basis", new("Basis", "Basis"), weight: 2)
            .Dimension("extra", new("Extra", "Extra"))
            .YesNo("steun", new("Steun?", "Support?"), q => q.Yes(("basis", 2)).No().DontKnow(("basis", 1)))
            .SingleChoice("vorm", new("Vorm?", "Form?"), q => q
                .About("stappenplan/stap-1")
                .Option("a", new("A", "A"), [("extra", 1)])
                .Option("b", new("B", "B"), [("extra", 2)]))
            .Scale("schaal", new("Schaal?", "Scale?"), new("laag", "low"), new("hoog", "high"), q => q
                .VisibleWhen(When.Chose("vorm", "b"))
                .PointsPerStep("basis", 1))
            .MultipleChoice("meer", new("Meer?", "More?"), q => q
                .Option("x", new("X", "X"), [("extra", 1)])
                .Option("y", new("Y", "Y"), [("basis", 1)]))
            .Gate(support)
            .Outcome("goed", new("Goed", "Good"), new("Uitleg", "Explanation"), o => o
                .Requires(half, formB)
                .Recommend(new("Lees", "Read"), "lessen/durf-bijsturen"))
            .Fallback("nog-niet", new("Nog niet", "Not yet"), new("Uitleg", "Explanation"), o => o
                .Recommend(new("Begin", "Start"), "stappenplan/stap-1#doel"))
            .Caution("laag", When.Chose("steun", "weet-niet"), new("Let op", "Careful"), new("Tekst", "Text"), ["lessen/durf-bijsturen"])
            .Advice(When.Score("extra").Below(50), new("Meer", "More"), "lessen/durf-bijsturen")
            .Build();
    }
}
