using System.Diagnostics.CodeAnalysis;

namespace Nalytiq.Analysis;

/// <summary>The alerts, named as analysts know them from other profilers (ydata-profiling).</summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "The names analysts know, written as other profilers write them.")]
[SuppressMessage("Design", "CA1008:Enums should have zero value", Justification = "Every alert is a real condition; there is no 'none'.")]
public enum AlertType
{
    /// <summary>A column holds a single distinct value.</summary>
    CONSTANT = 1,

    /// <summary>A numeric column has many zeros.</summary>
    ZEROS,

    /// <summary>Two numeric columns are highly correlated.</summary>
    HIGH_CORRELATION,

    /// <summary>A text column has many distinct values.</summary>
    HIGH_CARDINALITY,

    /// <summary>The frame has duplicate rows.</summary>
    DUPLICATES,

    /// <summary>A numeric column is highly skewed.</summary>
    SKEWED,

    /// <summary>A text or boolean column is dominated by few values.</summary>
    IMBALANCE,

    /// <summary>A column has missing values.</summary>
    MISSING,

    /// <summary>A numeric column has infinite values.</summary>
    INFINITE,

    /// <summary>Every present value of a column is distinct.</summary>
    UNIQUE,

    /// <summary>A text column whose values read as dates.</summary>
    TYPE_DATE,

    /// <summary>A column with no value at all, or a frame with no rows.</summary>
    EMPTY,
}
