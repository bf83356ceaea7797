using Microsoft.Data.Analysis;

namespace Nalytiq.Export.Tests;

/// <summary>
/// A column of a type the writers read through its values' text while writing (chars), whose value at
/// <paramref name="failingRow"/> throws: a failure injected in the middle of a write.
/// </summary>
internal sealed class ThrowingColumn(string name, long length, long failingRow) : PrimitiveDataFrameColumn<char>(name, length)
{
    protected override object? GetValue(long rowIndex) =>
        rowIndex == failingRow ? throw new InvalidOperationException("This value cannot be read.") : 'x';
}
