using Kennisbank.Site.Parsing;
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
    static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();
    readonly ThreadLocal<(HtmlRenderer Renderer, int Count)?> perThread = new(trackAllValues: true);

    static readonly Dictionary<string, Type> LayoutTypes = new()
    {
        [LayoutNames.Page] = typeof(PageLayout),
        [LayoutNames.Section] = typeof(SectionLayout),
        [LayoutNames.Home] = typeof(HomeLayout),
        [LayoutNames.Roadmap] = typeof(RoadmapLayout),
        [LayoutNames.Updates] = typeof(UpdatesLayout),
        [LayoutNames.Glossary] = typeof(GlossaryLayout),
        [LayoutNames.Sdgs] = typeof(SdgsLayout),
        [LayoutNames.Assessments] = typeof(SectionLayout),
        [Kennisbank.Site.Linking.SdgPages.Layout] = typeof(SdgLayout),
        [Assessments.AssessmentExtension.Layout] = typeof(Assessments.AssessmentLayout),
        [Assessments.AssessmentExtension.MethodLayout] = typeof(Assessments.AssessmentMethodLayout),
    };

    public void RenderPage(PageView view, TextWriter output) =>
        Render(LayoutTypes.GetValueOrDefault(view.Page.Layout, typeof(PageLayout)), new() { ["View"] = view }, output);

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
