using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Exporting;

/// <summary>The <c>export</c> benchmark's JSON document.</summary>
/// <param name="File">The source CSV.</param>
/// <param name="Rows">Rows exported.</param>
/// <param name="Columns">Columns exported.</param>
/// <param name="Iterations">Timed runs per engine and format.</param>
/// <param name="Formats">One entry per format.</param>
/// <param name="Machine">Where and when it ran.</param>
internal sealed record ExportReport(
    string File,
    long Rows,
    int Columns,
    int Iterations,
    IReadOnlyList<ExportFormatResult> Formats,
    MachineInfo Machine);
