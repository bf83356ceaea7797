using Microsoft.CodeAnalysis.Scripting;

namespace Nalytiq.Extensions.Variables;

/// <summary>
/// Releases the values of script variables a later submission declared again: <see cref="ScriptState.Variables"/>
/// lists them all in declaration order, and only the last of a name is the one cells see. A shadowed variable is set
/// to its default only when no code can read it any more: never the visible one, never a <c>readonly</c> or
/// <c>const</c> one, and never one whose name appears in code that may still run later (a lambda, a local function, a
/// method, a type, a query; <see cref="DeferredReads"/>).
/// </summary>
internal static class ShadowedVariables
{
    /// <summary>Sets the shadowed, unreadable variables of <paramref name="state"/> to their default; returns how many held a value.</summary>
    public static int Release(ScriptState? state)
    {
        if (state is null)
        {
            return 0;
        }

        var variables = state.Variables;
        var visible = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < variables.Length; index++)
        {
            visible[variables[index].Name] = index;
        }

        var released = 0;
        for (var index = 0; index < variables.Length; index++)
        {
            var variable = variables[index];
            if (visible[variable.Name] == index || variable.IsReadOnly || !MayHoldReferences(variable.Type)
                || variable.Value is null || DeferredReads.Mention(state.Script, variable.Name))
            {
                continue;
            }

            try
            {
                // Null is the default of a reference type; reflection stores a zeroed value for a value type.
                variable.Value = null;
                released++;
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or MemberAccessException)
            {
                // A variable that cannot be written keeps its value: keeping it only costs memory.
            }
        }

        return released;
    }

    // Numbers, characters, booleans and enums hold no object: releasing them frees nothing.
    private static bool MayHoldReferences(Type type) => !type.IsPrimitive && !type.IsEnum && !type.IsPointer;
}
