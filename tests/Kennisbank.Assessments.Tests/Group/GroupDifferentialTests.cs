using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Kennisbank.Assessments.Group;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;
using Kennisbank.Assessments.Validation;

namespace Kennisbank.Assessments.Tests.Group;

/// <summary>The group script's <c>combine</c>, run in Jint on the compiled assessment, agrees with <see cref="GroupCombiner"/>.</summary>
public sealed class GroupDifferentialTests
{
    [Theory]
    [MemberData(nameof(Catalog.Ids), MemberType = typeof(Catalog))]
    public void Combine_agrees_on_groups_of_members(string id)
    {
        var a = Catalog.Find(id);
        var host = new ScriptHost(AssessmentScript.Emit(a), a.Id, GroupScript.Emit());
        // Members from a pool of complete answer sets (so some answer alike, as real members do), 0 to 9 of them.
        var pool = AnswerSpace.Sample(a, 40, seed: 3).Select(m => AnswerJson.Write(m).ToJsonString()).ToArray();
        var groups = Gen.Choose(0, 9).SelectMany(n => Gen.ArrayOf(Gen.Elements(pool), n));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(groups.ToArbitrary(), members =>
        {
            var json = "[" + string.Join(",", members) + "]";
            var expected = SharingJson.Write(GroupCombiner.Combine(a, [.. members.Select(m => AnswerJson.Read(JsonNode.Parse(m)))]));
            var actual = ResultJson.Normalise(host.Combine(json));
            Assert.True(expected == actual, $"members {json}\n  script: {actual}\n  C#:     {expected}");
        }));
    }
}
