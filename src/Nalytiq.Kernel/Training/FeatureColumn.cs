using Nalytiq.Ingestion;

namespace Nalytiq.Training;

/// <summary>One input column of a model and how it is featurized; the list of these is the model's input schema.</summary>
/// <param name="Name">The column's name in the frame.</param>
/// <param name="SourceKind">The column's type at training time; prediction frames must hold a compatible type.</param>
/// <param name="Kind">How the column becomes features.</param>
/// <param name="HasMissing">Whether training rows had missing values (adds a missing indicator for numbers).</param>
/// <param name="Levels">Distinct values seen in training, for categorical and text columns.</param>
public sealed record FeatureColumn(string Name, ColumnKind SourceKind, FeatureKind Kind, bool HasMissing, int Levels);
