namespace Kennisbank.Assessments.Tests.Personas;

/// <summary>
/// What one assessment should advise a persona: the answers (a result link's fragment, exactly as the site writes
/// it), the outcome, every caution, the conditions that decided it (a failed gate, or the outcome's own conditions),
/// and the runner-up with its failing conditions ("why not").
/// </summary>
public sealed record Expectation(
    string Answers,
    string Outcome,
    string[] Cautions,
    string[] Decided,
    string? RunnerUp,
    string[] Against);

/// <summary>A municipality written from the seeds, with what each assessment should tell it.</summary>
/// <param name="Seeds">The seed passages the persona and its expected advice come from.</param>
public sealed record Persona(string Name, string Seeds, Expectation? CityLink, Expectation? Readiness)
{
    public override string ToString() => Name;
}
