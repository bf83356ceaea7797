using Nalytiq.Localization;

namespace Nalytiq.Jobs;

/// <summary>A job id named no job, or a job could not be queued.</summary>
internal sealed class JobException : NalytiqException
{
    /// <summary>Creates the exception with a localizable message.</summary>
    public JobException(LocalizedText text, Exception? innerException = null)
        : base(text, innerException)
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public JobException()
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public JobException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public JobException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
