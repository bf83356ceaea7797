namespace Nalytiq.Cli.Parameters;

/// <summary>A value given to a notebook from the command line (<c>-p</c>) or a parameters file (<c>-f</c>).</summary>
/// <param name="Name">The C# variable it sets.</param>
/// <param name="Value">
/// A <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="string"/>, a list of those
/// (<see cref="IReadOnlyList{T}"/> of <see cref="object"/>), or null.
/// </param>
internal sealed record NotebookParameter(string Name, object? Value);
