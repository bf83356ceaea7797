namespace Nalytiq.Cli.Reports;

/// <summary>The report's stylesheet and RequireJS stand-in, embedded in the runner (see the .csproj).</summary>
internal static class ReportAssets
{
    public static string Css { get; } = Read("Nalytiq.Cli.Reports.report.css");

    public static string OfflineRequire { get; } = Read("Nalytiq.Cli.Reports.offline-require.js");

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The runner has no embedded resource '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
