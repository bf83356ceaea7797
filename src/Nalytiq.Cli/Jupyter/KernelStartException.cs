namespace Nalytiq.Cli.Jupyter;

/// <summary>The kernel cannot start: a missing or unusable connection file, a port it cannot bind.</summary>
internal sealed class KernelStartException : NalytiqException
{
    public KernelStartException(string message)
        : base(message)
    {
    }

    public KernelStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
