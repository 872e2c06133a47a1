namespace Kennisbank.Assessments.Model;

/// <summary>The four kinds of question a council answers. The kind decides the answer shape (see <see cref="Answer"/>).</summary>
public enum QuestionKind
{
    /// <summary>One option; answered with <see cref="Answer.Choice"/>.</summary>
    SingleChoice,

    /// <summary>Any number of options, none included; answered with <see cref="Answer.Choices"/>.</summary>
    MultipleChoice,

    /// <summary>The options <c>ja</c>, <c>nee</c>, <c>weet-niet</c>; answered with <see cref="Answer.Choice"/>.</summary>
    YesNoDontKnow,

    /// <summary>1 to 5 with labelled ends; the options are <c>1</c>…<c>5</c>; answered with <see cref="Answer.Number"/>.</summary>
    Scale,
}
