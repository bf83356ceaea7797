using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter.Stdin;

/// <summary>
/// A cell asked for input, but its client sent <c>allow_stdin: false</c> (nbclient, nbconvert) or no cell is running.
/// The message is already in the session's language: it becomes the cell's error as it is.
/// </summary>
internal sealed class StdinNotAllowedException(Localizer text) : NalytiqException(text["Kernel_InputNotAllowed"]);
