using System.Diagnostics.CodeAnalysis;
using Kennisbank.Site.Rendering;
using Kennisbank.Theme.Layouts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kennisbank.Theme;

/// <summary>Renders layouts, which are Razor components, to static HTML. Razor escapes every value by default;
/// only the content HTML (already produced by Markdig from checked Markdown) is inserted as markup.</summary>
public sealed class ThemeRenderer : IPageRenderer, IDisposable
{
    // HtmlRenderer keeps every root component it rendered, so each thread gets its own and recycles it now and then.
    const int RendersPerRenderer = 256;
    /// <summary>Why the layouts may be found and rendered by type in a trimmed kb (Native AOT).</summary>
    const string Whole = "kb's project keeps this assembly whole when trimming (TrimmerRootAssembly in Kennisbank.Cli.csproj)";
    static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();
    readonly ThreadLocal<(HtmlRenderer Renderer, int Count)?> perThread = new(trackAllValues: true);

    /// <summary>Every component that renders a layout, by the layout's name (see <see cref="RendersLayoutAttribute"/>).</summary>
    static readonly Dictionary<string, Type> LayoutTypes = FindLayouts();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Whole)]
    static Dictionary<string, Type> FindLayouts() => typeof(ThemeRenderer).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes(typeof(RendersLayoutAttribute), false).Cast<RendersLayoutAttribute>().Select(a => (a.Name, Type: t)))
        .ToDictionary(x => x.Name, x => x.Type, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Layouts => LayoutTypes.Keys;

    /// <summary>Every layout a page can have is checked against <see cref="Layouts"/> before anything renders.</summary>
    public void RenderPage(PageView view, TextWriter output) => Render(LayoutTypes[view.Page.Layout], new() { ["View"] = view }, output);

    public string RenderNotFound(SiteContext context) => Render(typeof(NotFound), new() { ["Context"] = context });

    public string RenderLanguageChooser(SiteContext context) => Render(typeof(LanguageChooser), new() { ["Context"] = context });

    string Render(Type component, Dictionary<string, object?> parameters)
    {
        var output = new StringWriter();
        Render(component, parameters, output);
        return output.ToString();
    }

    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = Whole)]
    void Render(Type component, Dictionary<string, object?> parameters, TextWriter output)
    {
        var (renderer, count) = perThread.Value ?? (NewRenderer(), 0);
        if (count >= RendersPerRenderer)
        {
            renderer.Dispose();
            (renderer, count) = (NewRenderer(), 0);
        }
        perThread.Value = (renderer, count + 1);
        output.Write("<!DOCTYPE html>\n");
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters));
            root.WriteHtmlTo(output);
        }).GetAwaiter().GetResult();
        output.Write('\n');
    }

    static HtmlRenderer NewRenderer() => new(Services, NullLoggerFactory.Instance);

    public void Dispose()
    {
        foreach (var value in perThread.Values) value?.Renderer.Dispose();
        perThread.Dispose();
    }
}
