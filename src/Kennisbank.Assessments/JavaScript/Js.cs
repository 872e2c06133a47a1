namespace Kennisbank.Assessments.JavaScript;

/// <summary>Short constructors, so that code building a tree reads close to the JavaScript it stands for.</summary>
public static class Js
{
    public static JsIdentifier Id(string name) => new(name);

    public static JsLiteral Lit(object? value) => new(value);

    public static JsExpression Dot(this JsExpression o, string property) => new JsMember(o, property);

    public static JsExpression At(this JsExpression o, JsExpression index) => new JsIndex(o, index);

    public static JsExpression Call(this JsExpression callee, params JsExpression[] arguments) => new JsCall(callee, arguments);

    public static JsExpression Op(JsExpression left, string op, JsExpression right) => new JsBinary(op, left, right);

    public static JsExpression Not(JsExpression e) => new JsUnary("!", e);

    public static JsExpression TypeOf(JsExpression e) => new JsUnary("typeof ", e);

    public static JsExpression Set(JsExpression target, JsExpression value, string op = "=") => new JsAssign(target, value, op);

    public static JsExpression If(JsExpression test, JsExpression then, JsExpression otherwise) => new JsConditional(test, then, otherwise);

    public static JsArray Array(IEnumerable<JsExpression> items) => new([.. items]);

    /// <summary>An array written one item per line.</summary>
    public static JsArray Table(IEnumerable<JsExpression> items) => new([.. items], Multiline: true);

    public static JsObject Object(params (string Key, JsExpression Value)[] properties) =>
        new([.. properties.Select(p => new JsProperty(p.Key, p.Value))]);

    public static JsFunction Function(string[] parameters, params JsStatement[] body) => new(null, parameters, body);

    public static JsStatement Declare(string name, string[] parameters, params JsStatement[] body) =>
        new JsFunctionDeclaration(new JsFunction(name, parameters, body));

    public static JsStatement Var(string name, JsExpression? init = null) => new JsVar([new JsDeclarator(name, init)]);

    public static JsStatement Vars(params (string Name, JsExpression? Init)[] declarations) =>
        new JsVar([.. declarations.Select(d => new JsDeclarator(d.Name, d.Init))]);

    public static JsStatement Do(JsExpression e) => new JsExpressionStatement(e);

    public static JsStatement Return(JsExpression? e = null) => new JsReturn(e);

    public static JsStatement When(JsExpression test, params JsStatement[] then) => new JsIf(test, then);

    public static JsStatement WhenElse(JsExpression test, JsStatement[] then, JsStatement[] otherwise) => new JsIf(test, then, otherwise);

    /// <summary><c>for (var i = 0; i &lt; list.length; i++)</c>, the only loop shape the runtime needs (with <c>i += 1</c>).</summary>
    public static JsStatement ForEachIndex(string i, JsExpression list, params JsStatement[] body) =>
        new JsFor(
            Do(Set(Id(i), Lit(0))),
            Op(Id(i), "<", list.Dot("length")),
            Set(Id(i), Lit(1), "+="),
            body);

    public static JsStatement While(JsExpression test, params JsStatement[] body) => new JsWhile(test, body);

    public static JsStatement Continue { get; } = new JsContinue();

    public static JsStatement Break { get; } = new JsBreak();

    public static JsStatement Try(JsStatement[] body, string parameter, params JsStatement[] handler) => new JsTry(body, parameter, handler);
}
