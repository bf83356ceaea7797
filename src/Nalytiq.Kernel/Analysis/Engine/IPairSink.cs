namespace Nalytiq.Analysis.Engine;

/// <summary>Receives the rows where both columns of a pair hold a value.</summary>
internal interface IPairSink
{
    void Add(double x, double y);
}
