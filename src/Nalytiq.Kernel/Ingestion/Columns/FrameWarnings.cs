using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Warnings every reader gives about the frame it built.</summary>
internal static class FrameWarnings
{
    /// <summary>One warning listing the columns whose names had to change (empty or repeated in the file).</summary>
    public static void AddRenamed(IReadOnlyList<ColumnSchema> schema, List<LocalizedText> warnings)
    {
        var renamed = schema.Where(c => c.SourceName is not null).Select(c => $"'{c.SourceName}' → {c.Name}").ToList();
        if (renamed.Count > 0)
        {
            warnings.Add(new LocalizedText("Upload_ColumnsRenamed", renamed.Count, string.Join(", ", renamed)));
        }
    }
}
