using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Nalytiq.Extensions.Tests.Formatters;

/// <summary>
/// Compares output with an approved file under <c>Approved/</c>. On a difference (or a first run) it writes
/// <c>name.received.txt</c> beside it and fails; approving is renaming that file.
/// </summary>
internal static partial class Approvals
{
    /// <summary>The folder of approved files, found from the calling source file (which lives beside it).</summary>
    public static string ApprovedFolder([CallerFilePath] string callerPath = "") =>
        Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");

    public static void Verify(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Approved");
        var approvedPath = Path.Combine(directory, name + ".approved.txt");
        var receivedPath = Path.Combine(directory, name + ".received.txt");
        var normalized = RandomIds().Replace(actual.ReplaceLineEndings("\n"), "ID");
        if (File.Exists(approvedPath) && File.ReadAllText(approvedPath).ReplaceLineEndings("\n") == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, normalized);
        throw new Xunit.Sdk.XunitException($"{name}: output differs from the approved file. Compare {receivedPath} with {approvedPath}; rename it to approve.");
    }

    // Element ids are random per render so two outputs on one page never collide.
    [GeneratedRegex("nq[0-9a-f]{10}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex RandomIds();
}
