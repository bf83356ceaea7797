namespace Nalytiq.Extensions.Formatters;

/// <summary>What the cell shows before the first words of an answer arrive.</summary>
/// <param name="Question">The question asked.</param>
/// <param name="Elapsed">How long it has been waiting.</param>
internal sealed record AskWaitingView(string Question, TimeSpan Elapsed);
