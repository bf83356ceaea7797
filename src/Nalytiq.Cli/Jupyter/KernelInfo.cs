using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The <c>kernel_info_reply</c> content: who we are and the language cells are written in; the banner and the help
/// links' titles in the session's language.
/// </summary>
internal static class KernelInfo
{
    public static string LanguageVersion { get; } = Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    public static JsonObject Content(Localizer text) => new()
    {
        ["status"] = "ok",
        ["protocol_version"] = MessageFactory.ProtocolVersion,
        ["implementation"] = "nalytiq",
        ["implementation_version"] = Workbench.Version,
        ["language_info"] = new JsonObject
        {
            ["name"] = "C#",
            ["version"] = LanguageVersion,
            ["mimetype"] = "text/x-csharp",
            ["file_extension"] = ".cs",
            ["pygments_lexer"] = "csharp",
            ["codemirror_mode"] = "text/x-csharp",
        },
        ["banner"] = Banner(text),
        ["help_links"] = new JsonArray(
            new JsonObject { ["text"] = text["Kernel_HelpCSharp"], ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
            new JsonObject { ["text"] = text["Kernel_HelpApi"], ["url"] = "https://learn.microsoft.com/dotnet/api/" }),
        ["debugger"] = false,
    };

    /// <summary>The banner front ends show when the kernel starts (<c>jupyter console</c>, VS Code).</summary>
    public static string Banner(Localizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Format("Kernel_Banner", Workbench.Version, LanguageVersion, Environment.Version.ToString());
    }
}
