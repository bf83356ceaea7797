using System.Text.Json;
using Microsoft.Data.Analysis;
using Microsoft.ML;
using Nalytiq.Localization;
using Nalytiq.Training.Engine;

namespace Nalytiq.Training;

/// <summary>
/// A fitted ML.NET pipeline with what prediction needs (<see cref="ModelInfo"/>). Saved as a <c>.zip</c> written by
/// <c>MLContext.Model.Save</c> plus a JSON sidecar holding the info.
/// </summary>
public sealed class TrainedModel
{
    private readonly MLContext _ml;

    internal TrainedModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, ModelInfo info)
    {
        _ml = ml;
        Transformer = transformer;
        InputSchema = inputSchema;
        Info = info;
    }

    /// <summary>The task, label, classes and input columns.</summary>
    public ModelInfo Info { get; }

    /// <summary>The fitted ML.NET pipeline (reads the prepared columns, not the analyst's frame).</summary>
    public ITransformer Transformer { get; }

    /// <summary>The schema of the prepared data the pipeline reads.</summary>
    public DataViewSchema InputSchema { get; }

    /// <summary>The sidecar path for a model path: <c>model.zip</c> → <c>model.json</c>.</summary>
    public static string InfoPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    /// <summary>Applies the model: see <see cref="Predictor.Predict"/>.</summary>
    public DataFrame Predict(DataFrame frame) => Predictor.Predict(this, frame);

    /// <summary>Writes the model to <paramref name="modelPath"/> and its info next to it (<see cref="InfoPath"/>).</summary>
    public void SaveModel(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        using var model = File.Create(modelPath);
        using var info = File.Create(InfoPath(modelPath));
        SaveModel(model, info);
    }

    /// <summary>Writes the ML.NET model to <paramref name="model"/> and the JSON info to <paramref name="info"/>.</summary>
    public void SaveModel(Stream model, Stream info)
    {
        _ml.Model.Save(Transformer, InputSchema, model);
        JsonSerializer.Serialize(info, Info, TrainingJsonContext.Default.ModelInfo);
    }

    /// <summary>Reads a model written by <see cref="SaveModel(string)"/>.</summary>
    public static TrainedModel LoadModel(string modelPath)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        using var model = File.OpenRead(modelPath);
        using var info = File.OpenRead(InfoPath(modelPath));
        return LoadModel(model, info);
    }

    /// <summary>Reads a model written by <see cref="SaveModel(Stream, Stream)"/>.</summary>
    public static TrainedModel LoadModel(Stream model, Stream info)
    {
        var modelInfo = JsonSerializer.Deserialize(info, TrainingJsonContext.Default.ModelInfo)
            ?? throw new TrainingException(new LocalizedText("Train_ModelInfoUnreadable"));
        var ml = new MLContext();
        var transformer = ml.Model.Load(model, out var schema);
        return new TrainedModel(ml, transformer, schema, modelInfo);
    }
}
