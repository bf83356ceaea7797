namespace Nalytiq.Training;

/// <summary>One column of a run's input dataset.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The column's .NET element type (<c>Single</c>, <c>String</c>, <c>DateTime</c>, ...).</param>
public sealed record RunColumn(string Name, string Type);
