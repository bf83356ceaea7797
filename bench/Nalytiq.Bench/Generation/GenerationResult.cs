namespace Nalytiq.Bench.Generation;

/// <summary>What <c>generate</c> wrote.</summary>
internal sealed record GenerationResult(string Path, int Rows, ulong Seed, long Bytes, double Seconds);
