namespace Kennisbank.Assessments.Tests.Support;

/// <summary>
/// How an emitted script is put together from its two approved parts: the runtime goes right after the data's
/// declarations, before the module's own <c>return {"id": …}</c>. Written here, independently of the emitter, so a
/// test can hold the emitter to it.
/// </summary>
public static class ScriptParts
{
    private const string ModuleReturn = "\nreturn {\"id\": ";

    public static string Compose(string data, string runtime)
    {
        var at = data.IndexOf(ModuleReturn, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the data part has no line starting with {ModuleReturn.Trim()}");
        Assert.Equal(at, data.LastIndexOf(ModuleReturn, StringComparison.Ordinal));
        return data.Insert(at + 1, runtime);
    }
}
