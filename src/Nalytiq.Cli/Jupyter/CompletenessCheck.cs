using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Answers <c>is_complete_request</c> from the C# syntax tree of the cell, parsed as a script the way the kernel runs
/// it. Magic-command lines (<c>#!upload …</c>, <c>#i</c>) are not C#: they are blanked before parsing.
/// </summary>
internal static partial class CompletenessCheck
{
    private const string Indent = "    ";

    private static readonly CSharpParseOptions Options = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary><c>complete</c>, <c>incomplete</c> (with the indent for the next line) or <c>invalid</c>.</summary>
    public static (string Status, string? Indent) Check(string code)
    {
        var csharp = MagicLine().Replace(code, string.Empty);
        if (string.IsNullOrWhiteSpace(csharp))
        {
            return ("complete", null);
        }

        var tree = SyntaxFactory.ParseSyntaxTree(csharp, Options);
        if (!SyntaxFactory.IsCompleteSubmission(tree))
        {
            var depth = tree.GetRoot().DescendantTokens().Sum(t => t.Kind() switch
            {
                SyntaxKind.OpenBraceToken when !t.IsMissing => 1,
                SyntaxKind.CloseBraceToken when !t.IsMissing => -1,
                _ => 0,
            });
            return ("incomplete", string.Concat(Enumerable.Repeat(Indent, Math.Max(depth, 0))));
        }

        return tree.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? ("invalid", null) : ("complete", null);
    }

    [GeneratedRegex(@"^[ \t]*#(?:!|i[ \t]).*$", RegexOptions.Multiline)]
    private static partial Regex MagicLine();
}
