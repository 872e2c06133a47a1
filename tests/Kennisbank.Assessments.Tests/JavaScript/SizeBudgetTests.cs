using System.IO.Compression;
using System.Text;
using Kennisbank.Assessments.JavaScript;
using Kennisbank.Assessments.Tests.Support;

namespace Kennisbank.Assessments.Tests.JavaScript;

/// <summary>What a visitor downloads for one assessment page, the compiled assessment and the shared form script, stays under 8 KB gzipped.</summary>
public sealed class SizeBudgetTests(ITestOutputHelper output)
{
    private const int Budget = 8 * 1024;

    [Theory]
    [MemberData(nameof(Catalog.IdsAndLanguages), MemberType = typeof(Catalog))]
    public void Script_and_form_weigh_under_8_KB_gzipped(string id, string lang)
    {
        var form = File.ReadAllText(RepoPaths.FormScript);
        var script = AssessmentScript.Emit(Catalog.Find(id), lang, Urls.For(lang));
        var size = Gzip(script) + Gzip(form);
        output.WriteLine($"{id}.{lang}: script {Gzip(script)} B + form {Gzip(form)} B = {size} B gzipped ({script.Length + form.Length} B raw)");
        Assert.True(size < Budget, $"{id}.{lang} weighs {size} B gzipped; the budget is {Budget} B.");
    }

    private static int Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
