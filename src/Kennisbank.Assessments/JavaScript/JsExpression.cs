namespace Kennisbank.Assessments.JavaScript;

/// <summary>
/// The ES5.1 expressions the compiler needs, and no more. Each node knows its precedence so the writer can
/// parenthesise without the emitter thinking about it.
/// </summary>
public abstract record JsExpression
{
    /// <summary>Operator precedence after the ECMAScript grammar; higher binds tighter.</summary>
    internal abstract int Precedence { get; }
}

/// <summary>A string, integer, boolean or null literal.</summary>
public sealed record JsLiteral(object? Value) : JsExpression
{
    internal override int Precedence => 20;
}

public sealed record JsIdentifier(string Name) : JsExpression
{
    internal override int Precedence => 20;
}

/// <summary><c>object.property</c>.</summary>
public sealed record JsMember(JsExpression Object, string Property) : JsExpression
{
    internal override int Precedence => 18;
}

/// <summary><c>object[index]</c>.</summary>
public sealed record JsIndex(JsExpression Object, JsExpression Index) : JsExpression
{
    internal override int Precedence => 18;
}

public sealed record JsCall(JsExpression Callee, IReadOnlyList<JsExpression> Arguments) : JsExpression
{
    internal override int Precedence => 18;
}

/// <summary>A prefix operator: <c>!</c>, <c>-</c>, <c>typeof</c>.</summary>
public sealed record JsUnary(string Operator, JsExpression Operand) : JsExpression
{
    internal override int Precedence => 15;
}

/// <summary>A binary or logical operator; all are left-associative.</summary>
public sealed record JsBinary(string Operator, JsExpression Left, JsExpression Right) : JsExpression
{
    internal override int Precedence => Operator switch
    {
        "*" or "/" or "%" => 13,
        "+" or "-" => 12,
        "<" or ">" or "<=" or ">=" => 10,
        "===" or "!==" => 9,
        "&&" => 5,
        "||" => 4,
        _ => throw new InvalidOperationException($"Not an operator the compiler emits: {Operator}"),
    };
}

public sealed record JsConditional(JsExpression Test, JsExpression Then, JsExpression Else) : JsExpression
{
    internal override int Precedence => 3;
}

/// <summary><c>target = value</c>, or a compound form such as <c>+=</c>.</summary>
public sealed record JsAssign(JsExpression Target, JsExpression Value, string Operator = "=") : JsExpression
{
    internal override int Precedence => 2;
}

/// <summary>An array literal; a <paramref name="Multiline"/> one puts each item on its own line, for readable diffs of data tables.</summary>
public sealed record JsArray(IReadOnlyList<JsExpression> Items, bool Multiline = false) : JsExpression
{
    internal override int Precedence => 20;
}

/// <summary>An object literal; keys are always written quoted, so any id is a valid key.</summary>
public sealed record JsObject(IReadOnlyList<JsProperty> Properties) : JsExpression
{
    internal override int Precedence => 20;
}

public sealed record JsProperty(string Key, JsExpression Value);

/// <summary>A function expression (or, with a name inside <see cref="JsFunctionDeclaration"/>, a declaration).</summary>
public sealed record JsFunction(string? Name, IReadOnlyList<string> Parameters, IReadOnlyList<JsStatement> Body) : JsExpression
{
    internal override int Precedence => 20;
}
