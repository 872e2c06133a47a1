using Kennisbank.Assessments.Building;
using Kennisbank.Assessments.Model;

namespace Kennisbank.Assessments.Tests.Support;

/// <summary>A tiny valid assessment for tests to break on purpose, one thing at a time.</summary>
public static class SmallAssessment
{
    public static readonly IReadOnlySet<string> Pages = new HashSet<string> { "stappenplan/stap-1", "lessen/durf-bijsturen" };

    public static Assessment Valid() => new AssessmentBuilder("klein", new("klein", "small"))
        .Title(new("Klein", "Small"))
        .Introduction(new("Inleiding", "Introduction"))
        .Dimension("basis", new("Basis", "Basis"), weight: 2)
        .Dimension("extra", new("Extra", "Extra"))
        .YesNo("steun", new("Steun?", "Support?"), q => q.Yes(("basis", 2)).No().DontKnow(("basis", 1)))
        .SingleChoice("vorm", new("Vorm?", "Form?"), q => q
            .Option("a", new("A", "A"), [("extra", 1)])
            .Option("b", new("B", "B"), [("extra", 2)]))
        .Scale("schaal", new("Schaal?", "Scale?"), new("laag", "low"), new("hoog", "high"), q => q
            .VisibleWhen(When.Chose("vorm", "b"))
            .PointsPerStep("basis", 1))
        .MultipleChoice("meer", new("Meer?", "More?"), q => q
            .Option("x", new("X", "X"), [("extra", 1)])
            .Option("y", new("Y", "Y"), [("basis", 1)]))
        .Outcome("goed", new("Goed", "Good"), new("Uitleg", "Explanation"), When.Overall.AtLeast(50), o => o
            .Recommend(new("Lees", "Read"), "lessen/durf-bijsturen"))
        .Outcome("nog-niet", new("Nog niet", "Not yet"), new("Uitleg", "Explanation"), When.Overall.Below(50), o => o
            .Recommend(new("Begin", "Start"), "stappenplan/stap-1#doel"))
        .Advice(When.Score("extra").Below(50), new("Meer", "More"), "lessen/durf-bijsturen")
        .Build();
}
