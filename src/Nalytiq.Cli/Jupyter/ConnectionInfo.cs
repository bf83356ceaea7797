using System.Text.Json;
using System.Text.Json.Serialization;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>The connection file a Jupyter client writes for the kernel it starts: where to bind and how to sign.</summary>
internal sealed record ConnectionInfo
{
    [JsonPropertyName("ip")]
    public string Ip { get; init; } = "127.0.0.1";

    [JsonPropertyName("transport")]
    public string Transport { get; init; } = "tcp";

    [JsonPropertyName("shell_port")]
    public int ShellPort { get; init; }

    [JsonPropertyName("control_port")]
    public int ControlPort { get; init; }

    [JsonPropertyName("iopub_port")]
    public int IopubPort { get; init; }

    [JsonPropertyName("stdin_port")]
    public int StdinPort { get; init; }

    [JsonPropertyName("hb_port")]
    public int HeartbeatPort { get; init; }

    [JsonPropertyName("key")]
    public string Key { get; init; } = string.Empty;

    [JsonPropertyName("signature_scheme")]
    public string SignatureScheme { get; init; } = "hmac-sha256";

    public static async Task<ConnectionInfo> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new KernelStartException(new LocalizedText("Kernel_ConnectionFileNotFound", path));
        }

        ConnectionInfo? info;
        try
        {
            await using var stream = File.OpenRead(path);
            info = await JsonSerializer.DeserializeAsync<ConnectionInfo>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw new KernelStartException(new LocalizedText("Kernel_ConnectionFileInvalid", path, e.Message), e);
        }

        if (info is null)
        {
            throw new KernelStartException(new LocalizedText("Kernel_ConnectionFileEmpty", path));
        }

        if (info.Transport != "tcp")
        {
            throw new KernelStartException(new LocalizedText("Kernel_TransportUnsupported", info.Transport));
        }

        if (info.Key.Length > 0 && info.SignatureScheme != "hmac-sha256")
        {
            throw new KernelStartException(new LocalizedText("Kernel_SignatureSchemeUnsupported", info.SignatureScheme));
        }

        return info;
    }

    public string Address(int port) => $"{Transport}://{Ip}:{port}";
}
