using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Garnet;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nalytiq.Caching;

/// <summary>
/// A Garnet server inside this process: loopback only, a random free port, a random password, laptop-sized memory,
/// and an append-only file plus checkpoints under the data folder so that a new server on the same folder (a kernel
/// restart) recovers every entry.
/// </summary>
internal sealed class EmbeddedGarnet : IDisposable
{
    private const string LockFileName = "session.lock";
    private readonly GarnetServer _server;
    private readonly FileStream _lock;
    private int _disposed;

    private EmbeddedGarnet(GarnetServer server, FileStream lockFile, int port, string password)
    {
        _server = server;
        _lock = lockFile;
        Port = port;
        Password = password;
    }

    public int Port { get; }

    /// <summary>Random per process; never shown.</summary>
    public string Password { get; }

    /// <summary>
    /// Starts a server on <paramref name="directory"/>, recovering what an earlier server left there; null when
    /// another session (in this process or another) already runs a server on that folder.
    /// </summary>
    public static EmbeddedGarnet? Start(string directory)
    {
        Directory.CreateDirectory(directory);

        // Two servers on one folder would corrupt each other's append-only file: the lock makes the second one give up.
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(
                Path.Combine(directory, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        try
        {
            var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            for (var attempt = 1; ; attempt++)
            {
                var port = FreeLoopbackPort();
                GarnetServer? server = null;
                try
                {
                    // An explicit logger factory: the notebook host failed to start Garnet without one
                    // (docs/host.md#garnet-embedded).
                    server = new GarnetServer(Arguments(directory, port, password), NullLoggerFactory.Instance);
                    server.Start();
                    return new EmbeddedGarnet(server, lockFile, port, password);
                }
                catch (SocketException) when (attempt < 3)
                {
                    // The free port was taken between probing and binding: try another.
                    server?.Dispose();
                }
            }
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>The server's command line.</summary>
    internal static string[] Arguments(string directory, int port, string password) =>
    [
        "--bind", "127.0.0.1",
        "--port", port.ToString(CultureInfo.InvariantCulture),
        "--auth", "Password",
        "--password", password,

        // Laptop-sized: 64 MB of log in memory, a 2 MB hash index (Garnet's defaults are 16 GB and 128 MB).
        "--memory", "64m",
        "--page", "4m",
        "--index", "2m",

        // Every write goes to the append-only file at once. A checkpoint truncates it: ResultCache takes one on a
        // clean shutdown, and Garnet takes one whenever the file passes 32 MB (kernels are often killed, never shut
        // down). --recover replays checkpoint + file when the next server starts on this folder.
        "--checkpointdir", directory,
        "--aof",
        "--aof-memory", "16m",
        "--aof-page-size", "8m",
        "--aof-segment-size", "16m",
        "--aof-size-limit", "32m",
        "--recover",

        // The native Linux device needs libaio, which Debian 12 lacks; without it Garnet fails fast and takes the
        // whole process (the notebook kernel) down. The managed RandomAccess device has no such dependency.
        "--device-type", "RandomAccess",
        "-q",
    ];

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        // GarnetServer.Dispose throws when called twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _server.Dispose();
        _lock.Dispose();
    }
}
