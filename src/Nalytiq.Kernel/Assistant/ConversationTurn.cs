namespace Nalytiq.Assistant;

/// <summary>One question and its answer, as kept in the session's history.</summary>
internal sealed record ConversationTurn(string Question, string Answer, int Tokens);
