namespace Nalytiq.Analysis.Engine;

/// <summary>Running means and co-moments of paired values (Welford's update), numerically stable in one pass.</summary>
internal struct CoMoments : IPairSink
{
    private double _meanX;
    private double _meanY;
    private double _m2X;
    private double _m2Y;
    private double _cXY;

    public long Count { get; private set; }

    public void Add(double x, double y)
    {
        Count++;
        var dx = x - _meanX;
        _meanX += dx / Count;
        var dy = y - _meanY;
        _meanY += dy / Count;
        _m2X += dx * (x - _meanX);
        _m2Y += dy * (y - _meanY);
        _cXY += dx * (y - _meanY);
    }

    /// <summary>Pearson's coefficient, clamped to [−1, 1]; null below two pairs or when a side is constant.</summary>
    public readonly double? Correlation =>
        Count < 2 || _m2X <= 0 || _m2Y <= 0 ? null : Math.Clamp(_cXY / Math.Sqrt(_m2X * _m2Y), -1, 1);
}
