using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>
/// Writes a file all or nothing: the content goes to a hidden temporary file in the target's folder (same volume, so
/// the final move is a rename), which replaces the target only once it is complete and flushed. A failure or a
/// cancellation deletes the temporary file and leaves the target as it was.
/// </summary>
internal static class ExportTarget
{
    private const string TempSuffix = ".nalytiq-tmp";

    /// <summary>Checks what can be checked before any work: the folder exists, the target is not a folder and may be written.</summary>
    public static bool Validate(string fullPath, bool overwrite)
    {
        if (Directory.Exists(fullPath))
        {
            throw new ExportException(new LocalizedText("Export_IsDirectory", fullPath), fullPath);
        }

        var directory = Path.GetDirectoryName(fullPath);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new ExportException(new LocalizedText("Export_DirectoryNotFound", directory ?? fullPath), fullPath);
        }

        var exists = File.Exists(fullPath);
        if (exists && !overwrite)
        {
            throw new ExportException(new LocalizedText("Export_FileExists", fullPath), fullPath);
        }

        return exists;
    }

    /// <summary>Writes through <paramref name="write"/> into a temporary file, then moves it onto <paramref name="fullPath"/>.</summary>
    /// <returns>The size of the written file and whether it replaced an existing one.</returns>
    public static async Task<(long Size, bool Replaced)> WriteAsync(
        string fullPath, bool overwrite, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var replaced = Validate(fullPath, overwrite);
        var directory = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}{TempSuffix}");
        FileStream stream;
        try
        {
            // Our writers buffer themselves: a second buffer in the stream would only copy.
            stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new ExportException(new LocalizedText("Export_ReadOnly", directory, e.Message), fullPath, e);
        }

        try
        {
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }

            var size = new FileInfo(temp).Length;
            File.Move(temp, fullPath, overwrite);
            return (size, replaced);
        }
        catch (Exception e)
        {
            TryDelete(temp);
            if (e is OperationCanceledException or NalytiqException)
            {
                throw;
            }

            if (e is IOException && !overwrite && File.Exists(fullPath))
            {
                throw new ExportException(new LocalizedText("Export_FileExists", fullPath), fullPath, e);
            }

            throw new ExportException(new LocalizedText("Export_WriteFailed", fullPath, e.Message), fullPath, e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed; that error is the one to report.
        }
    }
}
