using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;

namespace Nalytiq.Cli.Jupyter;

/// <summary>The <c>kernel_info_reply</c> content: who we are and the language cells are written in.</summary>
internal static class KernelInfo
{
    public static string LanguageVersion { get; } = Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    public static JsonObject Content() => new()
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
        ["banner"] = $"Nalytiq {Workbench.Version}: C# {LanguageVersion} on .NET {Environment.Version}, with #!upload, #!analyze, #!train, #!predict, #!ask (#!nalytiq lists them).",
        ["help_links"] = new JsonArray(
            new JsonObject { ["text"] = "C# language reference", ["url"] = "https://learn.microsoft.com/dotnet/csharp/" },
            new JsonObject { ["text"] = ".NET API browser", ["url"] = "https://learn.microsoft.com/dotnet/api/" }),
        ["debugger"] = false,
    };
}
