namespace Nalytiq.Cli;

/// <summary>When the runner's terminal output carries colour and live status: <c>--color auto|always|never</c>.</summary>
internal enum ColorMode
{
    /// <summary>Colour and live status on a terminal; plain text when redirected or when <c>NO_COLOR</c> is set.</summary>
    Auto,

    /// <summary>ANSI colour even when redirected (for a CI log viewer that renders it).</summary>
    Always,

    /// <summary>Plain text always.</summary>
    Never,
}
