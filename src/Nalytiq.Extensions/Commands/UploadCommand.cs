using System.Globalization;
using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!upload</c>: read a file into a typed frame with live progress, bind it, show what was found.</summary>
internal sealed class UploadCommand(Workbench workbench)
{
    public static readonly string[] Formats = ["auto", "csv", "tsv", "json", "ndjson", "xlsx", "parquet"];
    public static readonly string[] HeaderModes = ["auto", "yes", "no"];

    public static readonly DirectiveSpec Spec = new("#!upload", "Upload_Description",
    [
        new("--path", "Upload_Param_Path", "Hint_Path") { Implicit = true, Required = true, TypeHint = "file" },
        new("--name", "Upload_Param_Name", "Hint_Variable"),
        new("--format", "Upload_Param_Format", Choices: Formats),
        new("--sheet", "Upload_Param_Sheet", "Hint_Sheet"),
        new("--delimiter", "Upload_Param_Delimiter", "Hint_Character"),
        new("--encoding", "Upload_Param_Encoding", "Hint_Encoding"),
        new("--header", "Upload_Param_Header", Choices: HeaderModes),
        new("--comment", "Upload_Param_Comment", "Hint_Character"),
        new("--skip-rows", "Upload_Param_SkipRows", "Train_Hint_Count"),
        new("--strict", "Upload_Param_Strict") { Flag = true },
    ]);

    public Task HandleAsync(NalytiqUploadCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = ParseOptions(command);
            var path = command.Path ?? string.Empty;
            var dataset = await live.FollowAsync<IngestProgress, Dataset>(
                progress => workbench.UploadAsync(path, options, progress, context.CancellationToken),
                progress => new UploadProgressView(Path.GetFileName(path), progress.TryGetLatest(out var latest) ? latest : null, progress.Elapsed));

            // The card is drawn before the frame is bound, so an interrupt that came as the last row was read or while
            // the card was drawn still leaves the variable as it was.
            var card = RenderedView.Of(dataset);
            context.CancellationToken.ThrowIfCancellationRequested();
            await VariableBinder.BindAsync(context, dataset.Name, dataset.Frame);
            live.Update(card);
        });

    public static UploadOptions ParseOptions(NalytiqUploadCommand command) => new()
    {
        Name = Blank(command.Name),
        Format = Choice(command.Format, "--format", Formats) switch
        {
            "csv" => DataFormat.Csv,
            "tsv" => DataFormat.Tsv,
            "json" => DataFormat.Json,
            "ndjson" => DataFormat.NdJson,
            "xlsx" => DataFormat.Xlsx,
            "parquet" => DataFormat.Parquet,
            _ => DataFormat.Auto,
        },
        Sheet = Blank(command.Sheet),
        Delimiter = Delimiter(command.Delimiter),
        Encoding = Blank(command.Encoding),
        Header = Choice(command.Header, "--header", HeaderModes) switch
        {
            "yes" => HeaderMode.Yes,
            "no" => HeaderMode.No,
            _ => HeaderMode.Auto,
        },
        Comment = command.Comment switch
        {
            null or "" => null,
            { Length: 1 } comment => comment[0],
            var comment => throw new NalytiqException(new LocalizedText("Option_InvalidComment", comment)),
        },
        SkipRows = Blank(command.SkipRows) is { } skip
            ? int.TryParse(skip, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : throw new NalytiqException(new LocalizedText("Option_InvalidSkipRows", skip))
            : null,
        Strict = command.Strict,
    };

    private static char? Delimiter(string? value) => string.IsNullOrEmpty(value) ? null : value.ToLowerInvariant() switch
    {
        "tab" or "\\t" or "\t" => '\t',
        "comma" => ',',
        "semicolon" => ';',
        "pipe" => '|',
        "space" or " " => ' ',
        _ when value.Length == 1 => value[0],
        _ => throw new NalytiqException(new LocalizedText("Option_InvalidDelimiter", value)),
    };
}
