using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Garnet;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Nalytiq.Tests.Caching;

/// <summary>
/// A separately started Garnet server standing in for a team's shared server: its own port and password, in memory.
/// It can be stopped and started again on the same port to simulate an outage.
/// </summary>
public sealed class TeamGarnetServer : IDisposable
{
    private GarnetServer? _server;

    public TeamGarnetServer()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public string Endpoint => "127.0.0.1:" + Port.ToString(CultureInfo.InvariantCulture);

    public string Password { get; } = "team-" + Guid.NewGuid().ToString("N");

    public void Start()
    {
        _server = new GarnetServer(
            [
                "--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture),
                "--auth", "Password", "--password", Password,
                "--memory", "32m", "--page", "1m", "--index", "1m",
                "--device-type", "RandomAccess", "-q",
            ],
            NullLoggerFactory.Instance);
        _server.Start();
    }

    public void Stop()
    {
        _server?.Dispose();
        _server = null;
    }

    /// <summary>A plain client, as another tool on the team would use.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() =>
        ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
        {
            EndPoints = { Endpoint },
            Password = Password,
            AllowAdmin = true,
            ConnectTimeout = 2000,
        });

    public void Dispose() => Stop();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
