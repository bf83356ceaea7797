namespace Nalytiq.Ingestion.Json;

/// <summary>How many times one kind of repair happened, and the byte offsets of the first few, for the warning.</summary>
internal sealed class JsonPlaces
{
    public const int Shown = 5;
    private readonly List<int> _first = [];

    public long Count { get; private set; }

    public IReadOnlyList<int> First => _first;

    public void Add(int offset)
    {
        Count++;
        if (_first.Count < Shown)
        {
            _first.Add(offset);
        }
    }
}
