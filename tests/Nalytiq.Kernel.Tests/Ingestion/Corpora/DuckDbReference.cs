using DuckDB.NET.Data;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>What DuckDB reads from a file with <c>read_csv(file)</c> and no options: column names and rows as text.</summary>
internal static class DuckDbReference
{
    public static (string[] Names, List<string?[]> Rows)? Read(string path, out string? error)
    {
        error = null;
        try
        {
            using var connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM read_csv('" + path.Replace("'", "''", StringComparison.Ordinal) + "')";
            using var reader = command.ExecuteReader();
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                var row = new string?[names.Length];
                for (var c = 0; c < names.Length; c++)
                {
                    row[c] = reader.IsDBNull(c) ? null : CellText.Of(reader.GetValue(c));
                }

                rows.Add(row);
            }

            return (names, rows);
        }
        catch (DuckDBException e)
        {
            error = e.Message;
            return null;
        }
    }
}
