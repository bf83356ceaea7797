using System.Globalization;
using Microsoft.DotNet.Interactive.Events;
using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// The extension as users get it: packed, referenced with <c>#r "nuget: ..."</c> from a local feed, and driven through
/// the real dotnet-interactive host.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class UploadInRealHostTests(PackedExtension package)
{
    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Upload_binds_a_csv_file_to_a_notebook_variable_in_the_real_host()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        await File.WriteAllTextAsync(
            Path.Combine(folder, "movies.csv"),
            "title,year,rating\nArrival,2016,7.9\nHer,2013,8.0\nMoon,2009,\n");
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        await LoadExtensionAsync(host);

        // Act
        var upload = await host.SubmitAsync("#!upload movies.csv", CellTimeout);
        var count = await host.SubmitAsync("movies.Rows.Count", CellTimeout);
        var table = await host.SubmitAsync("movies", CellTimeout);
        var dataset = await host.SubmitAsync("Nalytiq.Extensions.NalytiqExtension.Workbench!.Datasets.All[0]", CellTimeout);

        // Assert
        CellOutput.ShouldSucceed(upload);
        CellOutput.ShouldSucceed(count);
        CellOutput.ReturnedText(count).ShouldBe(3L.ToString(CultureInfo.InvariantCulture));

        // The card's chart is drawn by Plotly.NET in its private load context, beside the host's older FSharp.Core.
        // (The .NET proxy drops displays of a magic command's child command, so the card is read as a return value.)
        var card = Html(dataset);
        card.ShouldContain("Missing values per column");
        card.ShouldContain("Plotly.newPlot");
        card.ShouldNotContain("could not", Case.Insensitive);

        // Our DataFrame formatter, not Microsoft.Data.Analysis' own, renders frames: typed headers with missing share.
        Html(table).ShouldContain("nq-type");
    }

    [Fact]
    public async Task Upload_of_a_missing_file_fails_cleanly_and_the_next_cell_still_runs()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        await LoadExtensionAsync(host);

        // Act
        var upload = await host.SubmitAsync("#!upload missing.csv", CellTimeout);
        var next = await host.SubmitAsync("6 * 7", CellTimeout);

        // Assert
        var failure = upload.OfType<CommandFailed>().ShouldHaveSingleItem();
        failure.Message.ShouldContain("missing.csv");
        failure.Message.ShouldNotContain("   at ", Case.Sensitive, "a stack trace reached the user");
        failure.Message.ShouldNotContain("Exception", Case.Sensitive, "an exception type reached the user");
        CellOutput.ShouldSucceed(next);
        CellOutput.ReturnedText(next).ShouldBe("42");
    }

    private static string Html(IReadOnlyList<KernelEvent> events) =>
        string.Join(
            "\n",
            events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/html").Select(v => v.Value));

    private async Task LoadExtensionAsync(HostSession host)
    {
        var events = await host.LoadNalytiqAsync(package);

        // The host names the DLL it loads: it must be this run's package, not a cached copy of another build.
        var packageFolder = Path.Combine("nalytiq.extensions", package.Version.ToLowerInvariant()) + Path.DirectorySeparatorChar;
        events.OfType<DisplayedValueProduced>()
            .SelectMany(e => e.FormattedValues)
            .ShouldContain(
                v => v.Value.Contains("Loading extensions from", StringComparison.Ordinal)
                    && v.Value.Contains(packageFolder, StringComparison.Ordinal)
                    && v.Value.Contains("Nalytiq.Extensions.dll", StringComparison.Ordinal),
                $"the host did not load Nalytiq.Extensions from {packageFolder}");
    }
}
