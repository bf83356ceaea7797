using Nalytiq.Analysis.Engine;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class HashSortTests
{
    [Theory]
    [InlineData(1_000, false)]
    [InlineData(600_000, false)]
    [InlineData(600_000, true)]
    public void Hashes_come_out_in_order_each_with_its_own_row(int length, bool skewed)
    {
        var random = new Random(length);
        uint[] keys = [.. Enumerable.Range(0, length).Select(i => skewed && i % 3 > 0 ? 0xAB000000u : (uint)random.NextInt64(0, 1L << 32))];
        var original = keys.ToArray();
        using var scratch = new Scratch(length * 8L);
        keys.CopyTo(HashSort.Keys(scratch, length));
        Enumerable.Range(0, length).ToArray().CopyTo(HashSort.Rows(scratch, length));

        HashSort.Sort(scratch, length, CancellationToken.None);

        keys = HashSort.Keys(scratch, length).ToArray();
        var rows = HashSort.Rows(scratch, length).ToArray();
        keys.ShouldBe(original.Order().ToArray());
        rows.Order().ShouldBe(Enumerable.Range(0, length));
        for (var i = 0; i < length; i++)
        {
            original[rows[i]].ShouldBe(keys[i]);
        }
    }
}
