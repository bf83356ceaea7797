using Nalytiq.Analysis;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq.Extensions.Directives;

/// <summary>Turns the text options of <c>#!analyze</c> into <see cref="AnalyzeOptions"/>, with localized errors.</summary>
internal static class AnalyzeCommandParser
{
    public static readonly string[] Periods = ["day", "week", "month"];

    public static AnalyzeOptions Parse(NalytiqAnalyzeCommand command)
    {
        if (!string.IsNullOrWhiteSpace(command.Name) && !Ingestion.DatasetNames.IsValidIdentifier(command.Name.Trim()))
        {
            throw new NalytiqException(new LocalizedText("Upload_InvalidName", command.Name));
        }

        var every = string.IsNullOrWhiteSpace(command.Every) ? "day" : command.Every.Trim().ToLowerInvariant();
        if (!Periods.Contains(every))
        {
            throw new NalytiqException(new LocalizedText("Option_InvalidChoice", "--every", command.Every, string.Join(", ", Periods)));
        }

        if (!string.IsNullOrWhiteSpace(command.Every) && string.IsNullOrWhiteSpace(command.Time))
        {
            throw new NalytiqException(new LocalizedText("Analyze_EveryNeedsTime"));
        }

        return new AnalyzeOptions
        {
            Profile = ProfileOptions.Default with { GroupBy = Blank(command.By) },
            TimeColumn = Blank(command.Time),
            Every = every switch
            {
                "week" => ResamplePeriod.Week,
                "month" => ResamplePeriod.Month,
                _ => ResamplePeriod.Day,
            },
            Refresh = command.Refresh,
            NoCache = command.NoCache,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
