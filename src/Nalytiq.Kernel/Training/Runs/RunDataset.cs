using Microsoft.Data.Analysis;

namespace Nalytiq.Training;

/// <summary>The data a run was trained on, as MLflow's dataset input: what it was called, its content hash and schema.</summary>
/// <param name="Name">The dataset or variable name.</param>
/// <param name="Fingerprint">A hash of the full content (the uploaded file's, or the frame's own).</param>
/// <param name="Schema">Its columns and their types.</param>
/// <param name="Rows">How many rows it had.</param>
public sealed record RunDataset(string Name, string Fingerprint, IReadOnlyList<RunColumn> Schema, long Rows)
{
    /// <summary>Describes a frame whose fingerprint is already known (see <c>Workbench.DescribeDataset</c>).</summary>
    public static RunDataset FromFrame(string name, DataFrame frame, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var schema = frame.Columns.Select(c => new RunColumn(c.Name, c.DataType.Name)).ToArray();
        return new RunDataset(name, fingerprint, schema, frame.Rows.Count);
    }
}
