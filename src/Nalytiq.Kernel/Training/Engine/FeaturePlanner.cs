using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>Chooses how each column becomes features, from its type and its values on the labelled rows.</summary>
internal static class FeaturePlanner
{
    /// <summary>Texts with more distinct values than this are hashed instead of one-hot encoded.</summary>
    public const int MaxOneHotLevels = 50;

    /// <summary>Uniqueness only marks an identifier on frames at least this long (ten rows are often all distinct).</summary>
    public const int MinRowsForIdDetection = 20;

    /// <summary>Texts averaging this many words are free text.</summary>
    private const double TextWordsPerValue = 3;

    public static FeaturizationPlan Plan(DataFrame frame, TrainingRequest request, LabelData label)
    {
        var features = new List<FeatureColumn>();
        var dropped = new List<string>();
        var notes = new List<LocalizedText>();
        if (label.DroppedRows > 0)
        {
            notes.Add(new LocalizedText("Train_NoteRowsMissingLabel", label.DroppedRows, request.LabelColumn));
        }

        foreach (var column in frame.Columns)
        {
            if (!IsCandidate(column.Name, request))
            {
                continue;
            }

            var (feature, reason) = Decide(column, label.Rows);
            if (feature is null)
            {
                dropped.Add(column.Name);
                notes.Add(new(reason!, column.Name));
            }
            else
            {
                features.Add(feature);
            }
        }

        if (features.Count == 0)
        {
            throw new TrainingException(new LocalizedText("Train_NoFeatures", request.LabelColumn));
        }

        AddKindNotes(features, notes);
        return new FeaturizationPlan(features, dropped, notes, label.Rows.Length, label.DroppedRows);
    }

    private static bool IsCandidate(string name, TrainingRequest request) =>
        !name.Equals(request.LabelColumn, StringComparison.Ordinal)
        && !request.Exclude.Contains(name, StringComparer.Ordinal)
        && (request.Features.Count == 0 || request.Features.Contains(name, StringComparer.Ordinal));

    private static (FeatureColumn? Feature, string? DropReason) Decide(DataFrameColumn column, int[] rows)
    {
        if (ColumnKinds.Of(column) is not { } kind)
        {
            return (null, "Train_NoteDroppedUnsupported");
        }

        var name = column.Name;
        if (kind is ColumnKind.String)
        {
            var texts = ColumnValues.Texts(column, rows);
            var present = texts.Where(t => t is not null).ToList();
            var levels = present.Distinct(StringComparer.Ordinal).Count();
            var missing = present.Count < texts.Length;
            if (present.Count == 0)
            {
                return (null, "Train_NoteDroppedEmpty");
            }

            if (levels == 1 && !missing)
            {
                return (null, "Train_NoteDroppedConstant");
            }

            var words = present.Take(1000).Average(t => t!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            if (words >= TextWordsPerValue)
            {
                return (new FeatureColumn(name, kind, FeatureKind.Text, missing, levels), null);
            }

            if (levels == present.Count && rows.Length >= MinRowsForIdDetection)
            {
                return (null, "Train_NoteDroppedIdLike");
            }

            var encoding = levels <= MaxOneHotLevels ? FeatureKind.Categorical : FeatureKind.HashedCategorical;
            return (new FeatureColumn(name, kind, encoding, missing, levels), null);
        }

        if (kind is ColumnKind.DateTime)
        {
            var dates = ColumnValues.Dates(column, rows);
            var present = dates.Where(d => d.HasValue).Select(d => d!.Value).Distinct().Count();
            var missing = dates.Any(d => !d.HasValue);
            return present == 0 ? (null, "Train_NoteDroppedEmpty")
                : present == 1 && !missing ? (null, "Train_NoteDroppedConstant")
                : (new FeatureColumn(name, kind, FeatureKind.Date, missing, present), null);
        }

        var values = ColumnValues.Numbers(column, rows);
        var finite = values.Where(double.IsFinite).ToArray();
        var hasMissing = finite.Length < values.Length;
        var distinct = finite.Distinct().Count();
        if (finite.Length == 0)
        {
            return (null, "Train_NoteDroppedEmpty");
        }

        if (distinct == 1 && !hasMissing)
        {
            return (null, "Train_NoteDroppedConstant");
        }

        if (kind is ColumnKind.Int32 or ColumnKind.Int64 && IsIdLike(name, finite, distinct, rows.Length))
        {
            return (null, "Train_NoteDroppedIdLike");
        }

        var featureKind = kind == ColumnKind.Boolean ? FeatureKind.Boolean : FeatureKind.Numeric;
        return (new FeatureColumn(name, kind, featureKind, hasMissing, distinct), null);
    }

    /// <summary>Whole numbers, all distinct, that count up like a row number or are named like a key.</summary>
    private static bool IsIdLike(string name, double[] values, int distinct, int rows)
    {
        if (rows < MinRowsForIdDetection || distinct != values.Length || values.Length != rows)
        {
            return false;
        }

        var consecutive = values.Max() - values.Min() + 1 == values.Length;
        var named = name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Id", StringComparison.Ordinal);
        return consecutive || named;
    }

    private static void AddKindNotes(List<FeatureColumn> features, List<LocalizedText> notes)
    {
        void Note(string key, IEnumerable<FeatureColumn> columns)
        {
            var names = columns.Select(c => c.Name).ToList();
            if (names.Count > 0)
            {
                notes.Add(new(key, string.Join(", ", names)));
            }
        }

        Note("Train_NoteNumericMissing", features.Where(f => f.Kind is FeatureKind.Numeric or FeatureKind.Boolean && f.HasMissing));
        Note("Train_NoteBoolean", features.Where(f => f.Kind == FeatureKind.Boolean));
        Note("Train_NoteOneHot", features.Where(f => f.Kind == FeatureKind.Categorical));
        Note("Train_NoteHashed", features.Where(f => f.Kind == FeatureKind.HashedCategorical));
        Note("Train_NoteText", features.Where(f => f.Kind == FeatureKind.Text));
        Note("Train_NoteDateParts", features.Where(f => f.Kind == FeatureKind.Date));
    }
}
