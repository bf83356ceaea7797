using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.FSharp.Core;
using Nalytiq.Charts;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Charts;

public class ChartRuntimeTests
{
    // The notebook host runs with FSharp.Core 10.0 in its default context before any chart is drawn: do the same.
    private static Assembly HostFSharpCore { get; } = typeof(Unit).Assembly;

    [Fact]
    public void A_bar_chart_renders_as_a_plotly_div_and_script_with_its_data()
    {
        var workbench = new Workbench(new WorkbenchOptions());

        var html = workbench.Charts.RenderHtml(SampleCharts.Regions, new ChartRenderOptions());

        html.ShouldStartWith("<div><div id=\"");
        html.ShouldContain("Plotly.newPlot(");
        html.ShouldContain("\"type\":\"bar\"");
        html.ShouldContain("\"x\":[\"Kigali\",\"Musanze\",\"Huye\"]");
        html.ShouldContain("\"y\":[1234567.5,250000.0,98765.25]");
        html.ShouldContain("Ventes par région");
        html.ShouldContain("\"text\":\"Région\"");
        html.ShouldContain("\"text\":\"Montant (RWF)\"");
        html.ShouldContain("\"width\":640");
        html.ShouldEndWith("</script></div>");
    }

    [Fact]
    public void The_renderer_lives_in_its_own_load_context_and_shares_the_engine_contracts()
    {
        var renderer = ChartRuntime.Shared.GetRenderer();
        renderer.RenderHtml(SampleCharts.Regions, new ChartRenderOptions());

        var context = AssemblyLoadContext.GetLoadContext(renderer.GetType().Assembly).ShouldNotBeNull();
        context.ShouldNotBeSameAs(AssemblyLoadContext.Default);
        context.Name.ShouldBe("Nalytiq.Charts");
        context.LoadFromAssemblyName(typeof(IChartRenderer).Assembly.GetName()).ShouldBeSameAs(typeof(IChartRenderer).Assembly);
        AssemblyLoadContext.Default.Assemblies.ShouldNotContain(a => a.GetName().Name == "Plotly.NET");
        ChartRuntime.Shared.Directory.ShouldBe(Path.Combine(AppContext.BaseDirectory, "charts"));
    }

    [Fact]
    public void The_renderer_uses_fsharp_core_10_1_while_the_default_context_keeps_the_host_version()
    {
        var renderer = ChartRuntime.Shared.GetRenderer();
        renderer.RenderHtml(SampleCharts.Regions, new ChartRenderOptions());
        var context = AssemblyLoadContext.GetLoadContext(renderer.GetType().Assembly).ShouldNotBeNull();

        var chartFSharpCore = context.Assemblies.Single(a => a.GetName().Name == "FSharp.Core");

        chartFSharpCore.GetName().Version.ShouldBe(new Version(10, 1, 0, 0));
        InformationalVersion(chartFSharpCore).ShouldStartWith("10.1.");
        Path.GetDirectoryName(chartFSharpCore.Location).ShouldBe(ChartRuntime.Shared.Directory);
        AssemblyLoadContext.GetLoadContext(HostFSharpCore).ShouldBeSameAs(AssemblyLoadContext.Default);
        HostFSharpCore.GetName().Version.ShouldBe(new Version(10, 0, 0, 0));
    }

    [Fact]
    public void French_charts_use_the_french_decimal_and_group_separators()
    {
        var options = new ChartRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var html = ChartRuntime.Shared.RenderHtml(SampleCharts.Regions, options);

        html.ShouldContain("\"separators\":\",\u202f\"");
    }

    [Fact]
    public void English_and_kinyarwanda_charts_use_their_own_separators()
    {
        var english = ChartRuntime.Shared.RenderHtml(SampleCharts.Regions, new ChartRenderOptions { Culture = CultureInfo.GetCultureInfo("en-US") });
        var kinyarwanda = ChartRuntime.Shared.RenderHtml(SampleCharts.Regions, new ChartRenderOptions { Culture = CultureInfo.GetCultureInfo("rw-RW") });

        english.ShouldContain("\"separators\":\".,\"");
        kinyarwanda.ShouldContain("\"separators\":\",.\"");
    }

    private static string InformationalVersion(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty;
}
