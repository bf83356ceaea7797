using System.Globalization;
using DuckDB.NET.Data;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>Files written by DuckDB, read by us and by DuckDB's <c>read_json_auto</c>: the same rows, columns and values.</summary>
public sealed class JsonDuckDbTests : IDisposable
{
    private const string Rows =
        "SELECT i AS id, i * 7919 % 100000 AS qty, i / 3.0 AS price, CASE WHEN i % 7 = 0 THEN NULL ELSE i * 0.25 END AS score, " +
        "['Kigali', 'Huye', 'Zürich', 'say \"hi\"', E'two\\nlines'][1 + i % 5] AS city, TIMESTAMP '2024-01-01' + INTERVAL (i * 61) SECOND AS ts, " +
        "i % 2 = 0 AS active, {'district': ['Gasabo', 'Kicukiro', NULL][1 + i % 3], 'lat': -1.9 - i % 100 / 1000.0} AS location " +
        "FROM range(3000) t(i)";

    private const string Flattened =
        "SELECT id, qty, price, score, city, ts, active, location.district AS \"location.district\", location.lat AS \"location.lat\" FROM read_json_auto('PATH')";

    private readonly UploadFolder _folder = new();

    [Theory]
    [InlineData("duck.json", "(FORMAT JSON, ARRAY true)")]
    [InlineData("duck.ndjson", "(FORMAT JSON)")]
    public async Task Upload_reads_what_duckdb_reads_from_a_file_duckdb_wrote(string name, string format)
    {
        var path = Path.Combine(_folder.Path, name);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var copy = connection.CreateCommand())
        {
            copy.CommandText = $"COPY ({Rows}) TO '{path}' {format}";
            copy.ExecuteNonQuery();
        }

        var dataset = await _folder.UploadAsync(name);

        dataset.Warnings.ShouldBeEmpty();
        using var query = connection.CreateCommand();
        query.CommandText = Flattened.Replace("PATH", path, StringComparison.Ordinal);
        using var reader = query.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(names);
        var row = 0;
        while (reader.Read())
        {
            for (var c = 0; c < names.Count; c++)
            {
                var expected = reader.IsDBNull(c) ? null : reader.GetValue(c);
                var actual = dataset.Frame.Columns[c][row];
                if (expected is null || actual is null)
                {
                    actual.ShouldBe(expected, $"{names[c]} row {row}");
                }
                else
                {
                    Convert.ChangeType(actual, expected.GetType(), CultureInfo.InvariantCulture).ShouldBe(expected, $"{names[c]} row {row}");
                }
            }

            row++;
        }

        dataset.RowCount.ShouldBe(row);
    }

    public void Dispose() => _folder.Dispose();
}
