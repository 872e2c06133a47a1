using Acornima;
using Acornima.Ast;
using Xunit;

namespace Kennisbank.TestSupport;

/// <summary>
/// Whether a script runs in every browser the site supports and within its rules. It must parse as ES5 (no arrows,
/// <c>let</c>, classes, template literals…) and then, found by walking the syntax tree, use none of the later built-ins
/// that ES5 syntax can still name (<c>[].includes(x)</c> parses fine), nothing that needs <c>eval</c> (the CSP has no
/// 'unsafe-eval'), and no HTML injection or inline style or handler (the no-injection rule and the CSP).
/// </summary>
/// <remarks>
/// The walk cannot know types, so a method name is forbidden on every receiver: a script of ours never needs a
/// <c>.find</c> of its own. Property names in <c>o.name</c> and <c>{ name: … }</c> are not references to globals.
/// </remarks>
public sealed class Es5Check : AstVisitor
{
    private const string Later = "not in ES5: older browsers lack it";
    private const string NeedsEval = "compiles code from text, which the CSP forbids (no 'unsafe-eval')";
    private const string Injection = "writes HTML; text goes in through textContent only";
    private const string InlineStyle = "inline style or handler, which the CSP forbids";

    /// <summary>Globals the scripts may not reference, also not as <c>window.name</c>.</summary>
    private static readonly Dictionary<string, string> Globals = new(StringComparer.Ordinal)
    {
        ["Promise"] = Later, ["Symbol"] = Later, ["Map"] = Later, ["Set"] = Later, ["WeakMap"] = Later, ["WeakSet"] = Later,
        ["Proxy"] = Later, ["Reflect"] = Later, ["globalThis"] = Later, ["fetch"] = Later,
        ["eval"] = NeedsEval, ["Function"] = NeedsEval,
    };

    /// <summary>Member names forbidden whatever they are called on.</summary>
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["includes"] = Later, ["find"] = Later, ["findIndex"] = Later, ["findLast"] = Later, ["findLastIndex"] = Later,
        ["startsWith"] = Later, ["endsWith"] = Later, ["repeat"] = Later, ["padStart"] = Later, ["padEnd"] = Later,
        ["trimStart"] = Later, ["trimEnd"] = Later, ["entries"] = Later, ["values"] = Later, ["flat"] = Later, ["flatMap"] = Later,
        ["innerHTML"] = Injection, ["outerHTML"] = Injection, ["insertAdjacentHTML"] = Injection, ["write"] = Injection, ["writeln"] = Injection,
        ["style"] = InlineStyle, ["cssText"] = InlineStyle,
    };

    /// <summary>Static members of ES5 constructors that came later (<c>Object.keys</c> is ES5, <c>Object.assign</c> is not).</summary>
    private static readonly HashSet<(string Object, string Member)> Statics =
    [
        ("Object", "assign"), ("Object", "fromEntries"), ("Object", "is"), ("Array", "from"), ("Array", "of"),
        ("Number", "isNaN"), ("Number", "isFinite"), ("Number", "isInteger"), ("Number", "parseFloat"), ("Number", "parseInt"),
        ("String", "fromCodePoint"), ("String", "raw"), ("Math", "trunc"), ("Math", "sign"),
    ];

    /// <summary>What <c>window</c> is called in a browser; its members are globals.</summary>
    private static readonly HashSet<string> GlobalObjects = ["window", "self"];

    /// <summary>Timers compile a string first argument as code.</summary>
    private static readonly HashSet<string> Timers = ["setTimeout", "setInterval"];

    private static readonly ParserOptions Es5 = new() { EcmaVersion = EcmaVersion.ES5 };

    private readonly List<string> _problems = [];

    private Es5Check()
    {
    }

    /// <summary>Every problem found, as "line N: what: why"; none for a script that is fine.</summary>
    public static IReadOnlyList<string> Problems(string script)
    {
        Script tree;
        try
        {
            tree = new Parser(Es5).ParseScript(script);
        }
        catch (ParseErrorException e)
        {
            return [$"line {e.LineNumber}: does not parse as ES5: {e.Description}"];
        }

        var check = new Es5Check();
        check.Visit(tree);
        return check._problems;
    }

    /// <summary>Fails with every problem, one per line, in full.</summary>
    public static void AssertNone(string script)
    {
        if (Problems(script) is { Count: > 0 } problems)
        {
            Assert.Fail(string.Join("\n", problems));
        }
    }

    protected override object? VisitIdentifier(Identifier node)
    {
        Flag(node, node.Name, Globals);
        return base.VisitIdentifier(node);
    }

    protected override object? VisitMemberExpression(MemberExpression node)
    {
        if (MemberName(node) is { } name)
        {
            Flag(node, name, Members);
            if (node.Object is Identifier o && Statics.Contains((o.Name, name)))
            {
                Report(node, $"{o.Name}.{name}", Later);
            }

            if (node.Object is Identifier { Name: var global } && GlobalObjects.Contains(global))
            {
                Flag(node, name, Globals);
            }
        }

        Visit(node.Object);
        if (node.Computed)
        {
            Visit(node.Property);
        }

        return node;
    }

    protected override object? VisitObjectProperty(ObjectProperty node)
    {
        // A key is a name, not a reference: { Map: 1 } is fine.
        if (node.Computed)
        {
            Visit(node.Key);
        }

        Visit(node.Value);
        return node;
    }

    protected override object? VisitCallExpression(CallExpression node)
    {
        var callee = node.Callee switch
        {
            Identifier id => id.Name,
            MemberExpression m => MemberName(m),
            _ => null,
        };
        var first = node.Arguments.Count > 0 ? node.Arguments[0] : null;
        if (callee is not null && Timers.Contains(callee) && first is StringLiteral or BinaryExpression { Operator: Operator.Addition })
        {
            Report(node, $"{callee} with code as text", NeedsEval);
        }

        if (callee == "setAttribute" && first is StringLiteral { Value: var attribute }
            && (attribute.Equals("style", StringComparison.OrdinalIgnoreCase) || attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
        {
            Report(node, $"setAttribute(\"{attribute}\")", InlineStyle);
        }

        return base.VisitCallExpression(node);
    }

    /// <summary><c>o.name</c> and <c>o["name"]</c> both name a member.</summary>
    private static string? MemberName(MemberExpression node) => node.Property switch
    {
        Identifier id when !node.Computed => id.Name,
        StringLiteral s => s.Value,
        _ => null,
    };

    private void Flag(Node node, string name, Dictionary<string, string> rules)
    {
        if (rules.TryGetValue(name, out var why))
        {
            Report(node, name, why);
        }
    }

    private void Report(Node node, string what, string why) => _problems.Add($"line {node.Location.Start.Line}: {what}: {why}");
}
