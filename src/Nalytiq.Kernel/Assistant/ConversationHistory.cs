namespace Nalytiq.Assistant;

/// <summary>The session's questions and answers, sent back with the next question within a token budget.</summary>
internal sealed class ConversationHistory
{
    private readonly Lock _gate = new();
    private readonly List<ConversationTurn> _turns = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _turns.Count;
            }
        }
    }

    public void Add(string question, string answer)
    {
        lock (_gate)
        {
            _turns.Add(new ConversationTurn(question, answer, TokenCounter.Count(question) + TokenCounter.Count(answer)));
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _turns.Clear();
        }
    }

    /// <summary>The most recent turns whose tokens fit in <paramref name="budget"/>, oldest first, and how many were left out.</summary>
    public (IReadOnlyList<ConversationTurn> Turns, int Dropped) Within(int budget)
    {
        lock (_gate)
        {
            var kept = new List<ConversationTurn>();
            var used = 0;
            for (var i = _turns.Count - 1; i >= 0; i--)
            {
                if (used + _turns[i].Tokens > budget)
                {
                    break;
                }

                used += _turns[i].Tokens;
                kept.Insert(0, _turns[i]);
            }

            return (kept, _turns.Count - kept.Count);
        }
    }
}
