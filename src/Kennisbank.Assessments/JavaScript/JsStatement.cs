namespace Kennisbank.Assessments.JavaScript;

/// <summary>The ES5.1 statements the compiler needs.</summary>
public abstract record JsStatement;

/// <summary><c>var a = 1, b;</c></summary>
public sealed record JsVar(IReadOnlyList<JsDeclarator> Declarations) : JsStatement;

public sealed record JsDeclarator(string Name, JsExpression? Init);

public sealed record JsExpressionStatement(JsExpression Expression) : JsStatement;

public sealed record JsReturn(JsExpression? Value) : JsStatement;

public sealed record JsIf(JsExpression Test, IReadOnlyList<JsStatement> Then, IReadOnlyList<JsStatement>? Else = null) : JsStatement;

/// <summary><c>for (init; test; update) { body }</c></summary>
public sealed record JsFor(JsStatement? Init, JsExpression? Test, JsExpression? Update, IReadOnlyList<JsStatement> Body) : JsStatement;

public sealed record JsWhile(JsExpression Test, IReadOnlyList<JsStatement> Body) : JsStatement;

public sealed record JsContinue : JsStatement;

public sealed record JsBreak : JsStatement;

/// <summary><c>try { body } catch (parameter) { handler }</c></summary>
public sealed record JsTry(IReadOnlyList<JsStatement> Body, string Parameter, IReadOnlyList<JsStatement> Handler) : JsStatement;

public sealed record JsFunctionDeclaration(JsFunction Function) : JsStatement;

/// <summary>A whole script. Comments are not part of the tree: the script is data plus code, its documentation is in docs/assessments.md.</summary>
public sealed record JsProgram(IReadOnlyList<JsStatement> Body);
