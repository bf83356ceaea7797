using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;

namespace Nalytiq.Extensions.Variables;

/// <summary>
/// The names a submission's code may read later rather than while it runs: inside lambdas and anonymous methods,
/// local functions, queries (their clauses become lambdas), and members other than the top-level statements and
/// fields (methods, properties, types). A shadowed variable whose name appears there may still be read through them
/// (<c>var rows = big; Func&lt;int&gt; count = () => rows.Length;</c>), so it is never released. Names are compared
/// as written, without binding: a mention of an unrelated member of the same name only keeps a value longer.
/// </summary>
internal static class DeferredReads
{
    private static readonly ConditionalWeakTable<Script, FrozenSet<string>> Names = [];

    /// <summary>Whether <paramref name="name"/> appears in deferred code of <paramref name="script"/> or any submission before it.</summary>
    public static bool Mention(Script? script, string name)
    {
        for (var submission = script; submission is not null; submission = submission.Previous)
        {
            if (Names.GetValue(submission, Collect).Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Collect(Script submission)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in submission.GetCompilation().SyntaxTrees)
        {
            foreach (var identifier in tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Ancestors().Any(IsDeferred))
                {
                    names.Add(identifier.Identifier.ValueText);
                }
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    private static bool IsDeferred(SyntaxNode node) => node switch
    {
        AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax => true,

        // A script's top level: statements and field declarations run as the submission runs.
        GlobalStatementSyntax => false,
        FieldDeclarationSyntax { Parent: CompilationUnitSyntax } => false,
        MemberDeclarationSyntax => true,
        _ => false,
    };
}
