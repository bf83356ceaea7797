namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!nalytiq</c>: every command with its options, the version and where state lives.</summary>
/// <param name="Version">The Nalytiq version.</param>
/// <param name="HomeDirectory">Where persistent state is kept.</param>
/// <param name="WorkingDirectory">Where relative paths start.</param>
/// <param name="Commands">The magic commands.</param>
internal sealed record HelpView(string Version, string HomeDirectory, string WorkingDirectory, IReadOnlyList<HelpEntry> Commands);

/// <summary>One magic command in the help.</summary>
/// <param name="Usage">The syntax, e.g. <c>#!upload &lt;path&gt; [--name &lt;variable&gt;]</c>.</param>
/// <param name="Description">What it does.</param>
/// <param name="Options">Its options and what each does.</param>
internal sealed record HelpEntry(string Usage, string Description, IReadOnlyList<KeyValuePair<string, string>> Options);
