using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Training cannot run as asked: a bad option, a label that cannot be learned, too little data or time.</summary>
public sealed class TrainingException : NalytiqException
{
    /// <summary>Creates the exception with a localized message and the option or column at fault.</summary>
    public TrainingException(LocalizedText text, string? column = null, string? option = null, Exception? innerException = null)
        : base(text, innerException)
    {
        Column = column;
        Option = option;
    }

    /// <summary>Creates the exception with the generic message.</summary>
    public TrainingException()
    {
    }

    /// <summary>Creates the exception with an untranslated message.</summary>
    public TrainingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an untranslated message and its cause.</summary>
    public TrainingException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The column the problem is about, when there is one.</summary>
    public string? Column { get; }

    /// <summary>The option the problem is about (<c>folds</c>, <c>time-budget</c>), when there is one.</summary>
    public string? Option { get; }
}
