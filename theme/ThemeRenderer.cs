using System.Diagnostics.CodeAnalysis;
using Kennisbank.Site.Rendering;
using Kennisbank.Theme.Layouts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kennisbank.Theme;

// BL0006: the Renderer base class (Microsoft.AspNetCore.Components.RenderTree) may change between framework versions.
// Its members used here are the very ones HtmlRenderer calls (PageRenderer below); the approval and determinism tests
// would show any change in what they render.
#pragma warning disable BL0006

/// <summary>Renders layouts, which are Razor components, to static HTML. Razor escapes every value by default;
/// only the content HTML (already produced by Markdig from checked Markdown) is inserted as markup.</summary>
public sealed class ThemeRenderer : IPageRenderer, IDisposable
{
    /// <summary>Why the layouts may be found and rendered by type in a trimmed kb (Native AOT).</summary>
    const string Whole = "kb's project keeps this assembly whole when trimming (TrimmerRootAssembly in Kennisbank.Cli.csproj)";
    static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();
    readonly ThreadLocal<PageRenderer> perThread = new(() => new PageRenderer(Services, NullLoggerFactory.Instance), trackAllValues: true);

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

    void Render(Type component, Dictionary<string, object?> parameters, TextWriter output)
    {
        output.Write("<!DOCTYPE html>\n");
        perThread.Value!.Write(component, ParameterView.FromDictionary(parameters), output);
        output.Write('\n');
    }

    public void Dispose()
    {
        foreach (var renderer in perThread.Values) renderer.Dispose();
        perThread.Dispose();
    }

    /// <summary>What <c>HtmlRenderer</c> does for one component (instantiate, render, write the HTML), and then
    /// what it never does: remove the root component again. HtmlRenderer keeps every root component it rendered, with
    /// its render tree in arrays rented from the shared pool, until it is disposed; so every page's components lived
    /// on through the next pages' collections (this was recycled every 256 pages), and the pool rented new arrays for
    /// each. Removed at once, a page's components die young and their arrays go back to the pool (docs/performance.md).</summary>
    sealed class PageRenderer(IServiceProvider services, ILoggerFactory loggers) : StaticHtmlRenderer(services, loggers)
    {
        [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = Whole)]
        public void Write(Type component, ParameterView parameters, TextWriter output) =>
            Dispatcher.InvokeAsync(async () =>
            {
                var id = AssignRootComponentId(InstantiateComponent(component));
                try
                {
                    await RenderRootComponentAsync(id, parameters);
                    WriteComponentHtml(id, output);
                }
                finally
                {
                    RemoveRootComponent(id);
                }
            }).GetAwaiter().GetResult();
    }
}
