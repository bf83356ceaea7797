using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>
/// Fits the context into the tokens left for it, in steps that lose the least first: drop sample values, keep figures
/// only for the most relevant columns, list only the most relevant columns, and last cut the text. Each step taken is
/// reported so the answer card can say what the model did not see.
/// </summary>
internal static class ContextBudget
{
    public static DataContext Fit(IReadOnlyList<ContextDataset> datasets, PrivacyLevel privacy, int budget)
    {
        var columns = datasets.Count == 0 ? 0 : datasets.Max(d => d.Columns.Count);
        var relevant = datasets.Count == 0 ? 0 : datasets.Max(d => d.Columns.Count(c => c.Relevance == 0));
        var shape = new ContextShape(privacy == PrivacyLevel.Samples, columns, columns);
        var dropped = new List<LocalizedText>();
        var names = datasets.Select(d => d.Name).ToList();
        string text;
        int tokens;

        bool Fits()
        {
            text = ContextRenderer.Render(datasets, privacy, shape);
            tokens = TokenCounter.Count(text);
            return tokens <= budget;
        }

        if (!Fits() && shape.Samples)
        {
            shape = shape with { Samples = false };
            dropped.Add(new LocalizedText("Ask_Dropped_Samples"));
        }

        if (!Fits() && privacy >= PrivacyLevel.Stats)
        {
            while (shape.DetailedColumns > relevant && !Fits())
            {
                shape = shape with { DetailedColumns = Math.Max(relevant, shape.DetailedColumns / 2) };
            }

            dropped.Add(new LocalizedText("Ask_Dropped_Detail", columns - shape.DetailedColumns));
        }

        if (!Fits())
        {
            var floor = Math.Max(1, relevant);
            while (shape.KeptColumns > floor && !Fits())
            {
                shape = shape with { KeptColumns = Math.Max(floor, shape.KeptColumns / 2) };
            }

            dropped.Add(new LocalizedText("Ask_Dropped_Columns", columns - shape.KeptColumns));
        }

        if (!Fits())
        {
            text = TokenCounter.Truncate(text, Math.Max(0, budget));
            tokens = TokenCounter.Count(text);
            dropped.Add(new LocalizedText("Ask_Dropped_Truncated"));
        }

        return new DataContext(text, privacy, names, tokens, dropped);
    }
}
